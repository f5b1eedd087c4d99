package io.custmgr.audit.service;

import io.custmgr.audit.dao.CustomerAuditDao;
import io.custmgr.audit.domain.CustomerAuditRecord;
import io.custmgr.audit.domain.CustomerAuditRecordImpl;
import io.custmgr.common.web.ClientIpResolver;
import io.custmgr.common.web.CurrentRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

@Service("cmCustomerAuditService")
public class CustomerAuditServiceImpl implements CustomerAuditService {

    @Resource(name = "cmCustomerAuditDao")
    protected CustomerAuditDao auditDao;

    @Resource(name = "cmClientIpResolver")
    protected ClientIpResolver ipResolver;

    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public void record(CustomerAuditEntry entry) {
        record(entry, currentActor());
    }

    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public void record(CustomerAuditEntry entry, AuditActor actor) {
        auditDao.save(new CustomerAuditRecordImpl(entry, actor, new Date()));
    }

    @Override
    public AuditActor currentActor() {
        AuditActor admin = AuditActors.currentAdmin();
        if (admin != null) {
            return admin;
        }
        return CurrentRequest.get() != null ? AuditActor.customer(ipResolver.resolveCurrent()) : AuditActor.system();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CustomerAuditRecord> findRecords(Long customerId, int start, int max) {
        return auditDao.readRecords(customerId, start, max);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countRecords(Long customerId) {
        return auditDao.countRecords(customerId);
    }
}
