package io.custmgr.assist.service;

import io.custmgr.common.hibernate.ListenerBridge;

import java.io.Serializable;

import javax.servlet.http.HttpSessionBindingEvent;
import javax.servlet.http.HttpSessionBindingListener;

/**
 * A storefront session an admin user opened as a customer, kept in the HTTP session under
 * {@link CurrentAssistance#SESSION_ATTRIBUTE}: who assists whom, and the assistance log row. When the HTTP session ends
 * without "Finish session" (logout, expiry), the log row is closed as {@link AssistanceService#LOGGED_OUT}.
 */
public final class AssistedSession implements Serializable, HttpSessionBindingListener {

    private static final long serialVersionUID = 1L;

    private final long logId;
    private final long adminUserId;
    private final String adminName;
    private final long customerId;
    private final String customerName;
    private final String returnUrl;

    public AssistedSession(long logId, long adminUserId, String adminName, long customerId, String customerName,
            String returnUrl) {
        this.logId = logId;
        this.adminUserId = adminUserId;
        this.adminName = adminName;
        this.customerId = customerId;
        this.customerName = customerName;
        this.returnUrl = returnUrl;
    }

    /** @return the id of the assistance log row (CM_ASSIST_SESSION) */
    public long getLogId() { return logId; }
    public long getAdminUserId() { return adminUserId; }
    /** @return the admin user's login */
    public String getAdminName() { return adminName; }
    public long getCustomerId() { return customerId; }
    /** @return the customer's name for the banner (or the e-mail address when the customer has no name) */
    public String getCustomerName() { return customerName; }
    /** @return the admin's customer form, where "Finish session" sends the browser */
    public String getReturnUrl() { return returnUrl; }

    @Override
    public void valueBound(HttpSessionBindingEvent event) {
        // the log row was written when the session started
    }

    @Override
    public void valueUnbound(HttpSessionBindingEvent event) {
        AssistanceService service = ListenerBridge.lookup(AssistanceService.class);
        if (service != null) {
            service.finish(this, AssistanceService.LOGGED_OUT); // does nothing once "Finish session" closed it
        }
    }
}
