package io.custmgr.assist.service;

import java.util.Date;

/** What the assistance log is filtered by; every part optional (null: no filter). */
public final class AssistanceLogFilter {

    private final String admin;
    private final String customer;
    private final Date from;
    private final Date until;

    /**
     * @param admin text in the admin user's login, ignoring case
     * @param customer the customer's id (digits only), else text in the customer's e-mail address, ignoring case
     * @param from sessions started at or after this time
     * @param until sessions started before this time
     */
    public AssistanceLogFilter(String admin, String customer, Date from, Date until) {
        this.admin = blankToNull(admin);
        this.customer = blankToNull(customer);
        this.from = from;
        this.until = until;
    }

    public static AssistanceLogFilter none() {
        return new AssistanceLogFilter(null, null, null, null);
    }

    public String getAdmin() { return admin; }
    public String getCustomer() { return customer; }
    public Date getFrom() { return from; }
    public Date getUntil() { return until; }

    private static String blankToNull(String text) {
        return text == null || text.trim().isEmpty() ? null : text.trim();
    }
}
