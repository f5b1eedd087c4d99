package io.custmgr.maillog.service;

import io.custmgr.common.async.BackgroundBatchQueue;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The e-mail log's writer (bean {@code cmMailLogRecorder}): records are queued by the thread that sent the mail and
 * written in batches by one background thread ({@link MailLogBatchWriter}), so a slow or failing log write never holds
 * up or breaks the sending, and never joins (or rolls back with) the sender's transaction. A record that cannot be
 * queued is dropped and counted (see {@link BackgroundBatchQueue}).
 */
public class MailLogRecorder extends BackgroundBatchQueue<MailLogRecord> {

    private static final Log LOG = LogFactory.getLog(MailLogRecorder.class);

    public MailLogRecorder(MailLogBatchWriter writer, int queueCapacity, int batchSize, long flushIntervalMs) {
        super("mail log entries", writer, queueCapacity, batchSize, flushIntervalMs, LOG);
    }

    /** Queues the record; never blocks, never throws. @return false when it was dropped */
    public boolean record(MailLogRecord record) {
        return offer(record);
    }
}
