package io.custmgr.privacy.service;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.common.jdbc.InLists;
import io.custmgr.privacy.dao.ErasureDao;
import io.custmgr.privacy.dao.ErasureRequestDao;
import io.custmgr.privacy.dao.ErasureRequestView;
import io.custmgr.privacy.type.ErasureRefusal;
import io.custmgr.privacy.type.ErasureRequestStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;

@Service("cmErasureRequestService")
public class ErasureRequestServiceImpl implements ErasureRequestService {

    private static final Log LOG = LogFactory.getLog(ErasureRequestServiceImpl.class);

    static final String CONFIRMED = "erased on the customer's request, confirmed in the admin";
    static final String AFTER_GRACE = "erased on the customer's request after the grace period";
    static final int DUE_PER_RUN = 10000;

    @Resource(name = "cmErasureRequestDao")
    protected ErasureRequestDao requests;

    @Resource(name = "cmErasureDao")
    protected ErasureDao erasureDao;

    @Resource(name = "cmPersonalDataErasureService")
    protected PersonalDataErasureService erasureService;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    /** Days a storefront request waits for the merchant before the job erases the customer; 0: forever. */
    @Value("${custmgr.privacy.erasureGraceDays}")
    protected int graceDays;

    @Override
    @Transactional("blTransactionManager")
    public ErasureRequestView request(long customerId, String source) {
        erasureDao.lockCustomers(Collections.singletonList(customerId)); // one pending request, whoever races
        ErasureRefusal refusal = erasureService.preview(customerId).getRefusal();
        if (refusal != null && !refusal.isForceable() && refusal != ErasureRefusal.MERGE_PENDING
                && refusal != ErasureRefusal.CLEANUP_PENDING) {
            throw new ErasureRefusedException(customerId, refusal);
        }
        ErasureRequestView pending = requests.readPending(customerId);
        if (pending != null) {
            return pending;
        }
        requests.insert(UUID.randomUUID().toString(), customerId, new Date(), source);
        return requests.readPending(customerId);
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean cancel(long customerId) {
        return requests.decide(null, Collections.singletonList(customerId), ErasureRequestStatus.CANCELLED,
                "customer", new Date()) > 0;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public ErasureRequestView findPending(long customerId) {
        return requests.readPending(customerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<ErasureRequestView> findPending(int first, int max) {
        return requests.readPending(first, max);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countPending() {
        return requests.countPending();
    }

    @Override
    @Transactional("blTransactionManager")
    public ErasureRequestView confirm(String requestId, boolean force) {
        ErasureRequestView request = requests.read(requestId);
        if (request == null || request.getStatus() != ErasureRequestStatus.PENDING) {
            throw new IllegalStateException("The erasure request is no longer pending");
        }
        erasureService.erase(request.getCustomerId(), force, CONFIRMED);
        if (requests.decide(requestId, null, ErasureRequestStatus.ERASED, auditService.currentActor().getName(),
                new Date()) == 0) {
            throw new IllegalStateException("The erasure request is no longer pending"); // withdrawn meanwhile
        }
        return request;
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean reject(String requestId) {
        return requests.decide(requestId, null, ErasureRequestStatus.REJECTED, auditService.currentActor().getName(),
                new Date()) > 0;
    }

    @Override
    public int eraseDue() {
        if (graceDays <= 0) {
            return 0;
        }
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        final Date before = new Date(System.currentTimeMillis() - graceDays * 86400000L);
        List<Long> due = transactions.execute(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return requests.readDueCustomers(before, DUE_PER_RUN);
            }
        });
        int erased = 0;
        for (final List<Long> batch : InLists.chunks(due)) {
            erased += transactions.execute(new TransactionCallback<Integer>() {
                @Override
                public Integer doInTransaction(TransactionStatus status) {
                    ErasureBatchResult result = erasureService.eraseBatch(batch, false, AuditActor.system(),
                            AFTER_GRACE);
                    if (!result.getErased().isEmpty()) {
                        requests.decide(null, result.getErased(), ErasureRequestStatus.ERASED, "system", new Date());
                    }
                    return result.getErased().size();
                }
            });
        }
        LOG.info("Erasure requests past the grace period: " + erased + " of " + due.size() + " customers erased");
        return erased;
    }
}
