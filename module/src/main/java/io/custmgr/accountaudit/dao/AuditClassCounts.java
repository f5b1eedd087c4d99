package io.custmgr.accountaudit.dao;

import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.ActivityCriterion;
import io.custmgr.accountaudit.type.SpamSignal;

import java.util.EnumMap;
import java.util.Map;

/** How many accounts of one class there are, and how many of them met each criterion or matched each signal. */
public class AuditClassCounts {

    private final AccountClass accountClass;
    private final long accounts;
    private final Map<ActivityCriterion, Long> criteria = new EnumMap<ActivityCriterion, Long>(ActivityCriterion.class);
    private final Map<SpamSignal, Long> signals = new EnumMap<SpamSignal, Long>(SpamSignal.class);

    public AuditClassCounts(AccountClass accountClass, long accounts) {
        this.accountClass = accountClass;
        this.accounts = accounts;
    }

    public AccountClass getAccountClass() {
        return accountClass;
    }

    public long getAccounts() {
        return accounts;
    }

    public Map<ActivityCriterion, Long> getCriteria() {
        return criteria;
    }

    public Map<SpamSignal, Long> getSignals() {
        return signals;
    }
}
