package io.custmgr.accountaudit.dao;

import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.ActivityCriterion;
import io.custmgr.accountaudit.type.SpamSignal;

import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

/** One audited customer as the class lists show it: who, when and from where it registered, and why it is there. */
public class AuditedAccountRow {

    private final long customerId;
    private final String email;
    private final String name;
    private final Date registered;
    private final String registrationIp;
    private final AccountClass accountClass;
    private final int spamScore;
    private final Set<ActivityCriterion> metCriteria = EnumSet.noneOf(ActivityCriterion.class);
    private final Set<SpamSignal> signals = EnumSet.noneOf(SpamSignal.class);

    public AuditedAccountRow(long customerId, String email, String name, Date registered, String registrationIp,
            AccountClass accountClass, int spamScore) {
        this.customerId = customerId;
        this.email = email;
        this.name = name;
        this.registered = registered;
        this.registrationIp = registrationIp;
        this.accountClass = accountClass;
        this.spamScore = spamScore;
    }

    public long getCustomerId() { return customerId; }
    public String getEmail() { return email; }
    public String getName() { return name; }
    public Date getRegistered() { return registered; }
    public String getRegistrationIp() { return registrationIp; }
    public AccountClass getAccountClass() { return accountClass; }
    public int getSpamScore() { return spamScore; }
    public Set<ActivityCriterion> getMetCriteria() { return metCriteria; }
    public Set<SpamSignal> getSignals() { return signals; }
}
