package io.custmgr.library.download;

import io.custmgr.common.async.BackgroundBatchQueue;
import io.custmgr.common.async.BatchSink;
import io.custmgr.library.dao.DownloadLogDao;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * The download log's writer (bean {@code cmDownloadLogWriter}): the serving thread queues a record when the response
 * is done and one background thread writes batches in their own transactions (see {@link BackgroundBatchQueue}).
 */
public class DownloadLogWriter extends BackgroundBatchQueue<DownloadRecord> {

    private static final Log LOG = LogFactory.getLog(DownloadLogWriter.class);

    public DownloadLogWriter(final DownloadLogDao dao, PlatformTransactionManager transactionManager,
            int queueCapacity, int batchSize, long flushIntervalMs) {
        super("downloads", sink(dao, new TransactionTemplate(transactionManager)), queueCapacity, batchSize,
                flushIntervalMs, LOG);
    }

    private static BatchSink<DownloadRecord> sink(final DownloadLogDao dao, final TransactionTemplate tx) {
        return new BatchSink<DownloadRecord>() {
            @Override
            public void write(final List<DownloadRecord> batch) {
                tx.execute(new TransactionCallbackWithoutResult() {
                    @Override
                    protected void doInTransactionWithoutResult(TransactionStatus status) {
                        dao.insert(batch);
                    }
                });
            }
        };
    }
}
