package io.custmgr.activity.service;

import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.assist.service.CurrentAssistance;
import io.custmgr.common.async.BackgroundBatchQueue;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.common.tx.AfterCommit;
import io.custmgr.common.web.ClientIpResolver;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Date;

/**
 * {@link ActivityRecorder} on a {@link BackgroundBatchQueue} drained into the {@link ActivityEventBatchWriter}. While
 * started it is also the recorder of the Hibernate listener that sees account, address and order changes.
 */
public class ActivityRecorderImpl extends BackgroundBatchQueue<ActivityEventDraft> implements ActivityRecorder {

    private static final Log LOG = LogFactory.getLog(ActivityRecorderImpl.class);

    private final ClientIpResolver ipResolver;

    public ActivityRecorderImpl(ActivityEventBatchWriter writer, ClientIpResolver ipResolver, int queueCapacity,
            int batchSize, long flushIntervalMs) {
        super("activity events", writer, queueCapacity, batchSize, flushIntervalMs, LOG);
        this.ipResolver = ipResolver;
    }

    @Override
    public synchronized void start() {
        super.start();
        ListenerBridge.register(ActivityRecorder.class, this);
    }

    @Override
    public void destroy() throws InterruptedException {
        ListenerBridge.unregister(ActivityRecorder.class, this);
        super.destroy();
    }

    @Override
    public ActivityEventDraft draft(ActivityEventType type) {
        return new ActivityEventDraft(type, new Date()).ip(currentClientIp())
                .assistedBy(CurrentAssistance.adminName());
    }

    @Override
    public boolean record(ActivityEventDraft draft) {
        if (draft == null || draft.getType() == null || draft.getTime() == null) {
            return false;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            AfterCommit.run(() -> offer(draft));
            return true;
        }
        return offer(draft);
    }

    @Override
    public long getRecordedCount() {
        return getWrittenCount();
    }

    /** The client IP of the request this thread serves (see {@link ClientIpResolver#resolveCurrent()}), if any. */
    protected String currentClientIp() {
        try {
            return ipResolver.resolveCurrent();
        } catch (RuntimeException e) {
            return null; // an IP is nice to have, never a reason to lose the event
        }
    }
}
