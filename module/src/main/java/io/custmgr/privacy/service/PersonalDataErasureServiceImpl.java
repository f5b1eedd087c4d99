package io.custmgr.privacy.service;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.common.change.CustomerChanges;
import io.custmgr.common.hibernate.CustomerDataCaches;
import io.custmgr.common.hibernate.EntityCaches;
import io.custmgr.privacy.dao.ErasureDao;
import io.custmgr.privacy.dao.ErasureRecords;
import io.custmgr.privacy.dao.ErasureSubject;
import io.custmgr.privacy.type.ErasureRefusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmPersonalDataErasureService")
public class PersonalDataErasureServiceImpl implements PersonalDataErasureService {

    @Resource(name = "cmErasureDao")
    protected ErasureDao dao;

    @Resource(name = "cmErasureRecords")
    protected ErasureRecords records;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @Resource(name = "cmCustomerDataCaches")
    protected CustomerDataCaches customerDataCaches;

    @Autowired
    protected List<ErasureStep> steps;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** A submitted order is complete (no longer open) when all its fulfillment groups have one of these statuses. */
    @Value("${custmgr.guest.expiry.completeFulfillmentStatuses}")
    protected String completeStatuses;

    @Value("${custmgr.merge.lockStaleMinutes}")
    protected int mergeLockStaleMinutes;

    protected List<String> complete;

    @PostConstruct
    public void init() {
        List<ErasureStep> sorted = new ArrayList<ErasureStep>(steps);
        Collections.sort(sorted, new Comparator<ErasureStep>() {
            @Override
            public int compare(ErasureStep a, ErasureStep b) {
                return Integer.compare(a.getOrder(), b.getOrder());
            }
        });
        steps = Collections.unmodifiableList(sorted);
        complete = new ArrayList<String>();
        for (String status : Arrays.asList(completeStatuses.split(","))) {
            if (!status.trim().isEmpty()) {
                complete.add(status.trim());
            }
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public ErasurePreview preview(long customerId) {
        ErasureSubject subject = dao.readSubject(customerId);
        ErasureRefusal refusal = dao.readRefusals(Collections.singletonList(customerId), false, complete,
                mergeLocksAfter()).get(customerId);
        return new ErasurePreview(subject, refusal);
    }

    @Override
    @Transactional("blTransactionManager")
    public void erase(long customerId, boolean force, String context) {
        ErasureBatchResult result = eraseBatch(Collections.singletonList(customerId), force,
                auditService.currentActor(), context);
        ErasureRefusal refusal = result.getRefused().get(customerId);
        if (refusal != null) {
            throw new ErasureRefusedException(customerId, refusal);
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public ErasureBatchResult eraseBatch(List<Long> customerIds, boolean force, AuditActor actor, String context) {
        em.flush(); // the session's pending writes go before the SQL, which wins over them
        dao.lockCustomers(customerIds);
        Map<Long, ErasureRefusal> refused = dao.readRefusals(customerIds, force, complete, mergeLocksAfter());
        List<Long> erasable = new ArrayList<Long>(customerIds);
        erasable.removeAll(refused.keySet());
        if (!erasable.isEmpty()) {
            Date now = new Date();
            records.write(erasable, actor, context + (force ? "; forced past open orders" : ""), now);
            ErasureScope scope = new ErasureScope(erasable, now);
            for (ErasureStep step : steps) {
                step.erase(scope);
            }
            EntityCaches.forgetSession(em);
            customerDataCaches.forgetAfterCommit();
            CustomerChanges.afterCommit(erasable); // the search index drops their documents
        }
        return new ErasureBatchResult(erasable, refused);
    }

    private Date mergeLocksAfter() {
        return new Date(System.currentTimeMillis() - mergeLockStaleMinutes * 60000L);
    }
}
