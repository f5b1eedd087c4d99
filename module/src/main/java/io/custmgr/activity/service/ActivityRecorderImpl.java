package io.custmgr.activity.service;

import io.custmgr.activity.hibernate.EntityActivityListener;
import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.common.async.BackgroundBatchQueue;
import io.custmgr.common.web.ClientIpResolver;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Date;

import javax.servlet.http.HttpServletRequest;

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
        EntityActivityListener.useRecorder(this);
    }

    @Override
    public void destroy() throws InterruptedException {
        EntityActivityListener.releaseRecorder(this);
        super.destroy();
    }

    @Override
    public ActivityEventDraft draft(ActivityEventType type) {
        return new ActivityEventDraft(type, new Date()).ip(currentClientIp());
    }

    @Override
    public boolean record(ActivityEventDraft draft) {
        if (draft == null || draft.getType() == null || draft.getTime() == null) {
            return false;
        }
        return offer(draft);
    }

    @Override
    public long getRecordedCount() {
        return getWrittenCount();
    }

    /**
     * The request comes from Broadleaf's thread-bound context, or, where its filter has not run yet (the login and
     * logout filters run before it), from Spring's RequestContextListener.
     */
    protected String currentClientIp() {
        try {
            HttpServletRequest request = currentRequest();
            return request == null ? null : ipResolver.resolve(request);
        } catch (RuntimeException e) {
            return null; // an IP is nice to have, never a reason to lose the event
        }
    }

    private static HttpServletRequest currentRequest() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        if (context != null && context.getRequest() != null) {
            return context.getRequest();
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes ? ((ServletRequestAttributes) attributes).getRequest()
                : null;
    }
}
