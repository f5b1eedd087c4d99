package io.custmgr.sample.bench;

import io.custmgr.sample.launcher.SampleSiteServer;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;

/**
 * The running storefront's navigation-history beans ({@code cmNavigationFilter}, {@code cmPageViewRecorder}), reached
 * by reflection: they live in the webapp's class loader, so casting them to classes loaded here would fail.
 */
final class StorefrontHistory {

    private static final int DEFAULT_QUEUE_CAPACITY = 10000;

    private final Object filter;
    private final Object recorder;
    private final Method setEnabled;
    private final Method isEnabled;
    private final Method record;
    private final Method recordedCount;
    private final Method droppedCount;
    private final Method flush;
    private final Object recordingTime;
    private final Method resetRecordingTime;
    private final Method recordingTimePercentile;
    private final Class<?> eventClass;
    private final Map<String, Method> setters = new HashMap<>();

    StorefrontHistory(SampleSiteServer site) throws ReflectiveOperationException {
        filter = site.storefrontBean("cmNavigationFilter");
        recorder = site.storefrontBean("cmPageViewRecorder");
        setEnabled = filter.getClass().getMethod("setEnabled", boolean.class);
        isEnabled = filter.getClass().getMethod("isEnabled");
        eventClass = recorder.getClass().getClassLoader().loadClass("io.custmgr.history.service.PageViewEvent");
        record = recorder.getClass().getMethod("record", eventClass);
        recordedCount = recorder.getClass().getMethod("getRecordedCount");
        droppedCount = recorder.getClass().getMethod("getDroppedCount");
        flush = recorder.getClass().getMethod("flush", long.class);
        recordingTime = filter.getClass().getMethod("getRecordingTime").invoke(filter);
        resetRecordingTime = recordingTime.getClass().getMethod("reset");
        recordingTimePercentile = recordingTime.getClass().getMethod("percentileMicros", double.class);
    }

    /** Forgets the request-thread recording times measured so far (the filter's own histogram). */
    void resetRecordingTime() throws ReflectiveOperationException {
        resetRecordingTime.invoke(recordingTime);
    }

    /** Time the filter spent recording, per request, at this percentile (0-100), in microseconds. */
    long recordingTimeMicros(double percentile) throws ReflectiveOperationException {
        return (Long) recordingTimePercentile.invoke(recordingTime, percentile);
    }

    void setTracking(boolean enabled) throws ReflectiveOperationException {
        setEnabled.invoke(filter, enabled);
    }

    boolean isTracking() throws ReflectiveOperationException {
        return (Boolean) isEnabled.invoke(filter);
    }

    boolean record(Object event) throws ReflectiveOperationException {
        return (Boolean) record.invoke(recorder, event);
    }

    long recorded() throws ReflectiveOperationException {
        return (Long) recordedCount.invoke(recorder);
    }

    long dropped() throws ReflectiveOperationException {
        return (Long) droppedCount.invoke(recorder);
    }

    /** @throws IllegalStateException when the recorder did not catch up in time */
    void flush(long timeoutMs) throws ReflectiveOperationException {
        if (!(Boolean) flush.invoke(recorder, timeoutMs)) {
            throw new IllegalStateException("The page-view recorder did not flush within " + timeoutMs + " ms");
        }
    }

    /** The recorder's queue capacity (custmgr.history.queue.capacity); the default if the implementation hides it. */
    int queueCapacity() {
        try {
            Field field = declaredField(recorder.getClass(), "queue");
            field.setAccessible(true);
            BlockingQueue<?> queue = (BlockingQueue<?>) field.get(recorder);
            return queue.remainingCapacity() + ((Collection<?>) queue).size();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return DEFAULT_QUEUE_CAPACITY;
        }
    }

    private static Field declaredField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // the queue lives in a superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    /** A new, empty PageViewEvent of the webapp's class loader. */
    Object newEvent() throws ReflectiveOperationException {
        return eventClass.getConstructor().newInstance();
    }

    void set(Object event, String property, Class<?> type, Object value) throws ReflectiveOperationException {
        Method setter = setters.get(property);
        if (setter == null) {
            setter = eventClass.getMethod("set" + Character.toUpperCase(property.charAt(0)) + property.substring(1), type);
            setters.put(property, setter);
        }
        setter.invoke(event, value);
    }
}
