package io.custmgr.history.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last recorded view (id, time) of each recently active customer, least recently used evicted beyond a maximum,
 * so the writer can fill the previous view's time on page without reading the table. An evicted or unknown customer
 * simply leaves that previous view's time on page null. Synchronized; used by the writer thread.
 */
public class LastViewCache {

    /** An immutable (id, view time) pair. */
    public static final class LastView {
        private final long id;
        private final long time;

        public LastView(long id, long time) {
            this.id = id;
            this.time = time;
        }

        public long getId() { return id; }
        public long getTime() { return time; }
    }

    private final Map<Long, LastView> views;

    public LastViewCache(final int maxCustomers) {
        this.views = new LinkedHashMap<Long, LastView>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, LastView> eldest) {
                return size() > maxCustomers;
            }
        };
    }

    public synchronized LastView get(Long customerId) {
        return views.get(customerId);
    }

    public synchronized void putAll(Map<Long, LastView> latest) {
        views.putAll(latest);
    }

    public synchronized int size() {
        return views.size();
    }
}
