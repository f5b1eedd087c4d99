package io.custmgr.common.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For writers of high-volume rows (page views, activity events) that change a customer's indexed data only now and
 * then (a new IP, a new day of activity): remembers the last {@code capacity} keys announced and announces a
 * customer only for a key not among them. Thread-safe.
 */
public class RecentlyAnnounced {

    private final Map<String, Boolean> keys;

    public RecentlyAnnounced(final int capacity) {
        this.keys = new LinkedHashMap<String, Boolean>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return whether {@code key} is new (and now remembered) */
    public synchronized boolean firstTime(String key) {
        return keys.put(key, Boolean.TRUE) == null;
    }

    /**
     * Announces (through {@link CustomerChanges}) each customer of {@code customerIds} whose key at the same position
     * of {@code keys} is new.
     */
    public void announce(List<Long> customerIds, List<String> keyList) {
        Collection<Long> changed = new ArrayList<Long>();
        for (int i = 0; i < customerIds.size(); i++) {
            if (customerIds.get(i) != null && firstTime(keyList.get(i))) {
                changed.add(customerIds.get(i));
            }
        }
        CustomerChanges.afterCommit(changed);
    }
}
