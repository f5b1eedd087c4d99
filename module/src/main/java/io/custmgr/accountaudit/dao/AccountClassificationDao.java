package io.custmgr.accountaudit.dao;

import io.custmgr.accountaudit.service.AccountAuditSettings;

import java.util.Collection;
import java.util.Date;

/**
 * Writes the account audit's classification into {@code CM_ACCOUNT_AUDIT_RESULT}, set-based: a fixed handful of
 * statements over the whole customer table whatever its size. Every method joins the caller's transaction. Reached
 * through {@link AccountAuditDao}, whose write methods have the same contract.
 */
public interface AccountClassificationDao {

    /** @see AccountAuditDao#classify */
    long classify(long runId, AccountAuditSettings settings, Date now);

    /** @see AccountAuditDao#markBurstIps */
    int markBurstIps(AccountAuditSettings settings);

    /** @see AccountAuditDao#markBlockedIps */
    int markBlockedIps(Collection<String> ips);

    /** @see AccountAuditDao#rescoreLateSignals */
    void rescoreLateSignals(AccountAuditSettings settings);
}
