package io.custmgr.accountaudit.service;

import io.custmgr.accountaudit.dao.AuditedAccountRow;
import io.custmgr.accountaudit.type.AccountClass;

import java.util.List;

/**
 * The account audit (bean {@code cmAccountAuditService}): classifies every registered customer as active, unused or
 * suspected spam, set-based, and keeps the latest result for the admin's page and the cleanup.
 */
public interface AccountAuditService {

    /**
     * Classifies every registered customer afresh in one transaction, replacing the previous result.
     *
     * @param startedBy who asked for it (admin login, or a job's name); recorded with the run
     * @return the run's summary
     */
    AccountAuditSummary runAudit(String startedBy);

    /** @return the latest run's summary, or null when the audit never ran */
    AccountAuditSummary findLatestSummary();

    /** A page of one class's accounts, ordered by customer id. */
    List<AuditedAccountRow> findAccounts(AccountClass accountClass, int page, int pageSize);

    long countAccounts(AccountClass accountClass);
}
