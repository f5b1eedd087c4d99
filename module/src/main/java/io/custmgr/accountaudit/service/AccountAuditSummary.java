package io.custmgr.accountaudit.service;

import io.custmgr.accountaudit.dao.AuditClassCounts;
import io.custmgr.accountaudit.type.AccountClass;

import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

/** A run of the audit and its counts per class (classes without accounts have a zero count). */
public class AccountAuditSummary {

    private final Long runId;
    private final Date started;
    private final Long durationMs;
    private final String startedBy;
    private final String settings;
    private final Map<AccountClass, AuditClassCounts> classes = new EnumMap<AccountClass, AuditClassCounts>(
            AccountClass.class);

    public AccountAuditSummary(Long runId, Date started, Long durationMs, String startedBy, String settings) {
        this.runId = runId;
        this.started = started;
        this.durationMs = durationMs;
        this.startedBy = startedBy;
        this.settings = settings;
        for (AccountClass accountClass : AccountClass.values()) {
            classes.put(accountClass, new AuditClassCounts(accountClass, 0));
        }
    }

    public void add(AuditClassCounts counts) {
        if (counts.getAccountClass() != null) {
            classes.put(counts.getAccountClass(), counts);
        }
    }

    public long getTotal() {
        long total = 0;
        for (AuditClassCounts counts : classes.values()) {
            total += counts.getAccounts();
        }
        return total;
    }

    public long count(AccountClass accountClass) {
        return classes.get(accountClass).getAccounts();
    }

    /** @return the class's share of all audited accounts in percent, one decimal */
    public double percent(AccountClass accountClass) {
        long total = getTotal();
        return total == 0 ? 0 : Math.round(count(accountClass) * 1000.0 / total) / 10.0;
    }

    public Map<AccountClass, AuditClassCounts> getClasses() { return classes; }
    public Long getRunId() { return runId; }
    public Date getStarted() { return started; }
    public Long getDurationMs() { return durationMs; }
    public String getStartedBy() { return startedBy; }
    public String getSettings() { return settings; }
}
