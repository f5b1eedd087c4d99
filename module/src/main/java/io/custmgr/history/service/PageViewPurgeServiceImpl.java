package io.custmgr.history.service;

import io.custmgr.common.tx.BatchedPurge;
import io.custmgr.history.dao.PageViewDao;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("cmPageViewPurgeService")
public class PageViewPurgeServiceImpl implements PageViewPurgeService {

    private static final Log LOG = LogFactory.getLog(PageViewPurgeServiceImpl.class);

    @Resource(name = "cmPageViewDao")
    protected PageViewDao dao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Value("${custmgr.history.retentionDays}")
    protected int retentionDays;

    @Value("${custmgr.history.purge.batchSize}")
    protected int batchSize;

    protected BatchedPurge purge;

    @PostConstruct
    public void init() {
        purge = new BatchedPurge(transactionManager);
    }

    @Override
    public long purgeOlderThan(int days) {
        return purge.olderThan(days, batchSize, dao);
    }

    @Override
    public long purgeExpired() {
        return purge.expired("Navigation history", retentionDays, batchSize, dao, LOG);
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }
}
