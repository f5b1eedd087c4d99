package io.custmgr.history.service;

import io.custmgr.history.dao.PageViewDao;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;

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

    protected TransactionTemplate transactions;

    @PostConstruct
    public void init() {
        transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public long purgeOlderThan(int days) {
        if (days <= 0) {
            return 0;
        }
        final Date cutoff = new Date(System.currentTimeMillis() - days * 86400000L);
        long total = 0;
        int deleted;
        do {
            deleted = transactions.execute(new TransactionCallback<Integer>() {
                @Override
                public Integer doInTransaction(TransactionStatus status) {
                    return dao.deleteOlderThan(cutoff, Math.max(1, batchSize));
                }
            });
            total += deleted;
        } while (deleted > 0);
        return total;
    }

    @Override
    public long purgeExpired() {
        long deleted = purgeOlderThan(retentionDays);
        if (deleted > 0) {
            LOG.info("Navigation history: deleted " + deleted + " page views older than " + retentionDays + " days");
        }
        return deleted;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }
}
