package io.custmgr.accountaudit.service;

import io.custmgr.accountaudit.dao.AccountAuditDao;
import io.custmgr.accountaudit.dao.AuditClassCounts;
import io.custmgr.accountaudit.dao.AuditedAccountRow;
import io.custmgr.accountaudit.domain.AccountAuditRunImpl;
import io.custmgr.accountaudit.type.AccountClass;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmAccountAuditService")
public class AccountAuditServiceImpl implements AccountAuditService {

    @Resource(name = "cmAccountAuditDao")
    protected AccountAuditDao auditDao;

    @Resource(name = "cmAccountAuditSettings")
    protected AccountAuditSettings settings;

    @Resource(name = "cmAccountAuditBlockedIps")
    protected BlockedIpFilter blockedIps;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    protected TransactionTemplate transactions;

    @PostConstruct
    public void init() {
        transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public AccountAuditSummary runAudit(final String startedBy) {
        // One transaction: the page never sees half a classification, and a failure leaves the previous one.
        return transactions.execute(new TransactionCallback<AccountAuditSummary>() {
            @Override
            public AccountAuditSummary doInTransaction(TransactionStatus status) {
                long start = System.currentTimeMillis();
                AccountAuditRunImpl run = new AccountAuditRunImpl();
                run.setStarted(new Date(start));
                run.setStartedBy(startedBy);
                run.setSettings(describe(settings.describe()));
                em.persist(run);
                em.flush();
                long classified = auditDao.classify(run.getId(), settings, new Date(start));
                auditDao.markBurstIps(settings);
                if (blockedIps.blocksAny()) { // a million distinct IPs are not read for an empty list
                    auditDao.markBlockedIps(blockedIps.blocked(auditDao.readRegistrationIps()));
                }
                auditDao.rescoreLateSignals(settings);
                run.setCustomers(classified);
                run.setDurationMs(System.currentTimeMillis() - start);
                return summary(run);
            }
        });
    }

    @Override
    public AccountAuditSummary findLatestSummary() {
        List<AccountAuditRunImpl> runs = em.createQuery("SELECT r FROM " + AccountAuditRunImpl.class.getName()
                + " r ORDER BY r.id DESC", AccountAuditRunImpl.class).setMaxResults(1).getResultList();
        return runs.isEmpty() ? null : summary(runs.get(0));
    }

    @Override
    public List<AuditedAccountRow> findAccounts(AccountClass accountClass, int page, int pageSize) {
        if (accountClass == null) {
            return Collections.emptyList();
        }
        return auditDao.readAccounts(accountClass, Math.max(0, page) * pageSize, pageSize);
    }

    @Override
    public long countAccounts(AccountClass accountClass) {
        return accountClass == null ? 0 : auditDao.countAccounts(accountClass);
    }

    protected AccountAuditSummary summary(AccountAuditRunImpl run) {
        AccountAuditSummary summary = new AccountAuditSummary(run.getId(), run.getStarted(), run.getDurationMs(),
                run.getStartedBy(), run.getSettings());
        for (AuditClassCounts counts : auditDao.readCounts()) {
            summary.add(counts);
        }
        return summary;
    }

    private static String describe(Map<String, String> shown) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> setting : shown.entrySet()) {
            text.append(text.length() == 0 ? "" : "; ").append(setting.getKey()).append(": ").append(setting.getValue());
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
    }
}
