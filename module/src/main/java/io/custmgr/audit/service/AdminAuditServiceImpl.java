package io.custmgr.audit.service;

import io.custmgr.audit.dao.AdminAuditDao;
import io.custmgr.audit.domain.AdminAuditRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import javax.annotation.Resource;

@Service("cmAdminAuditService")
public class AdminAuditServiceImpl implements AdminAuditService {

    @Resource(name = "cmAdminAuditDao")
    protected AdminAuditDao auditDao;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<AdminAuditRecord> findRecords(String section, int start, int max) {
        return auditDao.readRecords(section, start, max);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countRecords(String section) {
        return auditDao.countRecords(section);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<String> findSections() {
        return auditDao.readSections();
    }
}
