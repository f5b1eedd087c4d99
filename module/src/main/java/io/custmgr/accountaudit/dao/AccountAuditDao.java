package io.custmgr.accountaudit.dao;

import io.custmgr.accountaudit.service.AccountAuditSettings;
import io.custmgr.accountaudit.type.AccountClass;

import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Set-based reads and writes of {@code CM_ACCOUNT_AUDIT_RESULT}: a classification is a fixed handful of statements
 * over the whole customer table whatever its size. Every method joins the caller's transaction.
 */
public interface AccountAuditDao {

    /**
     * Replaces every result row by a fresh classification of the registered customers (guest profiles and anonymous
     * visitors are never audited): criteria, the signals a customer's own rows show, score and class, in one write
     * per row. @return the number of customers classified
     */
    long classify(long runId, AccountAuditSettings settings, Date now);

    /** Marks the results registered in a burst from one IP (the settings say how many within how long). */
    int markBurstIps(AccountAuditSettings settings);

    /** Marks the results whose registration IP is one of these as registered from a blocked IP. */
    int markBlockedIps(Collection<String> ips);

    /** @return the distinct registration IPs of the results (for the blocked-IP check) */
    List<String> readRegistrationIps();

    /** Weighs the signals again and sets the class of the results the burst and blocked IP checks marked. */
    void rescoreLateSignals(AccountAuditSettings settings);

    /** One row per class: count and how many met each criterion and matched each signal. */
    List<AuditClassCounts> readCounts();

    List<AuditedAccountRow> readAccounts(AccountClass accountClass, int firstResult, int maxResults);

    long countAccounts(AccountClass accountClass);
}
