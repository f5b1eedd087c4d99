package io.custmgr.accountaudit.service;

import io.custmgr.accountaudit.dao.AccountCleanupDao;
import io.custmgr.accountaudit.dao.CleanupItemRow;
import io.custmgr.accountaudit.domain.CleanupRunImpl;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.CleanupOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmAccountCleanupReports")
public class AccountCleanupReportsImpl implements AccountCleanupReports {

    @Resource(name = "cmAccountCleanupDao")
    protected AccountCleanupDao cleanupDao;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CleanupPreview preview(AccountClass accountClass, Collection<Long> customerIds) {
        AccountCleanupServiceImpl.checkClass(accountClass);
        return new CleanupPreview(accountClass, customerIds == null,
                cleanupDao.countSelection(accountClass, customerIds), cleanupDao.previewKept(accountClass, customerIds));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CleanupRunView findRun(long runId) {
        CleanupRunImpl run = em.find(CleanupRunImpl.class, runId);
        return run == null ? null : new CleanupRunView(run);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CleanupRunView> findRecentRuns(int max) {
        List<CleanupRunView> views = new ArrayList<CleanupRunView>();
        for (CleanupRunImpl run : em.createQuery("SELECT r FROM " + CleanupRunImpl.class.getName()
                + " r ORDER BY r.id DESC", CleanupRunImpl.class).setMaxResults(max).getResultList()) {
            views.add(new CleanupRunView(run));
        }
        return views;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CleanupItemRow> findItems(long runId, CleanupOutcome outcome, int page, int pageSize) {
        if (pageSize < 1) {
            return Collections.emptyList();
        }
        return cleanupDao.readItems(runId, outcome, Math.max(0, page) * pageSize, pageSize);
    }
}
