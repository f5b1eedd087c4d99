package io.custmgr.maillog.service;

import io.custmgr.common.tx.BatchedPurge;
import io.custmgr.maillog.dao.MailLogDao;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("cmMailLogService")
public class MailLogServiceImpl implements MailLogService {

    private static final Log LOG = LogFactory.getLog(MailLogServiceImpl.class);

    @Resource(name = "cmMailLogDao")
    protected MailLogDao dao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Value("${custmgr.mail.log.retentionDays}")
    protected int retentionDays;

    @Value("${custmgr.mail.log.purge.batchSize}")
    protected int batchSize;

    protected BatchedPurge purge;

    @PostConstruct
    public void init() {
        purge = new BatchedPurge(transactionManager);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<MailLogView> findMails(Long customerId, int max) {
        return dao.readEntries(customerId, max);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public int countMails(Long customerId) {
        return customerId == null ? 0 : dao.countEntries(customerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public MailLogView findMail(Long customerId, String logId) {
        MailLogView mail = logId == null ? null : dao.readEntry(logId);
        if (mail == null || customerId == null || !customerId.equals(mail.getCustomerId())) {
            throw new MailLogEntryNotFoundException(logId);
        }
        return mail;
    }

    @Override
    public long purgeOlderThan(int days) {
        return purge.olderThan(days, batchSize, dao);
    }

    @Override
    public long purgeExpired() {
        return purge.expired("E-mail log", retentionDays, batchSize, dao, LOG);
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }
}
