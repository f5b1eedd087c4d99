package io.custmgr.admin.web.accountaudit;

import io.custmgr.accountaudit.dao.AuditedAccountRow;
import io.custmgr.accountaudit.type.ActivityCriterion;
import io.custmgr.accountaudit.type.SpamSignal;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A row of a class list: text only, for the template (which shows it escaped). */
public class AuditedAccountView {

    private final long customerId;
    private final String email;
    private final String name;
    private final String registered;
    private final String ip;
    private final int spamScore;
    private final List<String> met = new ArrayList<String>();
    private final List<String> failed = new ArrayList<String>();
    private final List<String> reasons = new ArrayList<String>();

    public AuditedAccountView(AuditedAccountRow row) {
        customerId = row.getCustomerId();
        email = row.getEmail();
        name = row.getName();
        registered = row.getRegistered() == null ? ""
                : new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT).format(row.getRegistered());
        ip = row.getRegistrationIp();
        spamScore = row.getSpamScore();
        for (ActivityCriterion criterion : ActivityCriterion.values()) {
            (row.getMetCriteria().contains(criterion) ? met : failed).add(criterion.getLabel());
        }
        for (SpamSignal signal : SpamSignal.values()) {
            if (row.getSignals().contains(signal)) {
                reasons.add(signal.getLabel());
            }
        }
    }

    public long getCustomerId() { return customerId; }
    public String getEmail() { return email; }
    public String getName() { return name; }
    public String getRegistered() { return registered; }
    public String getIp() { return ip; }
    public int getSpamScore() { return spamScore; }
    public List<String> getMet() { return met; }
    public List<String> getFailed() { return failed; }
    public List<String> getReasons() { return reasons; }
}
