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
            Field field = recorder.getClass().getDeclaredField("queue");
            field.setAccessible(true);
            BlockingQueue<?> queue = (BlockingQueue<?>) field.get(recorder);
            return queue.remainingCapacity() + ((Collection<?>) queue).size();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return DEFAULT_QUEUE_CAPACITY;
        }
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
