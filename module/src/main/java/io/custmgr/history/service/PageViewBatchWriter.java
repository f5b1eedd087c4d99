package io.custmgr.history.service;

import io.custmgr.common.change.RecentlyAnnounced;
import io.custmgr.common.metrics.LatencyHistogram;
import io.custmgr.history.dao.PageViewDao;
import io.custmgr.history.dao.PageViewRow;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one batch of events in one new transaction: id allocation, one batch insert, one batch update of the time on
 * page of each customer's previous view from an earlier batch. A view's time on page is the gap to the same
 * customer's next view, unless that gap exceeds the idle gap (the visit ended: the earlier view keeps null).
 * The previous view of a customer comes from this node's memory of the views it wrote ({@code memory}: one node), or,
 * on several nodes whose requests alternate ({@code database}), from one query per batch reading the batch's
 * customers' views within the idle gap, whichever node wrote them. Called from the recorder's single writer thread
 * only.
 */
public class PageViewBatchWriter {

    private final PageViewDao dao;
    private final TransactionTemplate transactions;
    private final long idleGapMs;
    private final LastViewCache lastViews;
    private final RecentlyAnnounced announced = new RecentlyAnnounced(100000);
    private final boolean previousFromDatabase;
    private final LatencyHistogram lookupTime = new LatencyHistogram();

    public PageViewBatchWriter(PageViewDao dao, PlatformTransactionManager transactionManager, long idleGapMinutes,
            int lastViewCacheSize) {
        this(dao, transactionManager, idleGapMinutes, lastViewCacheSize, "memory");
    }

    /** @param previousViews {@code memory} (one node) or {@code database} (several nodes write page views) */
    public PageViewBatchWriter(PageViewDao dao, PlatformTransactionManager transactionManager, long idleGapMinutes,
            int lastViewCacheSize, String previousViews) {
        this.dao = dao;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.idleGapMs = idleGapMinutes * 60000L;
        this.lastViews = new LastViewCache(lastViewCacheSize);
        if (!"memory".equals(previousViews) && !"database".equals(previousViews)) {
            throw new IllegalArgumentException("custmgr.history.previousViews must be memory or database, not "
                    + previousViews);
        }
        this.previousFromDatabase = "database".equals(previousViews);
    }

    /** Time each batch spent reading its customers' previous views ({@code database} mode only). */
    public LatencyHistogram getLookupTime() {
        return lookupTime;
    }

    /**
     * @throws RuntimeException when the batch could not be written; nothing of it is then stored and the in-memory
     *         last views stay as they were
     */
    public void write(final List<PageViewEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        final Map<Long, PageViewRow> latest = new LinkedHashMap<Long, PageViewRow>();
        transactions.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                latest.clear();
                Map<Long, LastViewCache.LastView> previous = previousFromDatabase ? readPrevious(events) : null;
                long nextId = dao.allocateIds(events.size());
                List<PageViewRow> rows = new ArrayList<PageViewRow>(events.size());
                Map<Long, Long> earlierRowUpdates = new HashMap<Long, Long>();
                for (PageViewEvent event : events) {
                    PageViewRow row = new PageViewRow(nextId++, event);
                    rows.add(row);
                    Long customerId = event.getCustomerId();
                    if (customerId != null) {
                        linkToPrevious(row, latest.get(customerId), previous != null ? previous.get(customerId)
                                : lastViews.get(customerId), earlierRowUpdates);
                        latest.put(customerId, row);
                    }
                }
                dao.insert(rows);
                dao.updateTimeOnPage(earlierRowUpdates);
            }
        });
        // Only after the commit: a failed batch must not become anyone's "previous view".
        Map<Long, LastViewCache.LastView> committed = new HashMap<Long, LastViewCache.LastView>();
        for (Map.Entry<Long, PageViewRow> entry : latest.entrySet()) {
            PageViewRow row = entry.getValue();
            committed.put(entry.getKey(), new LastViewCache.LastView(row.getId(), timeOf(row)));
        }
        lastViews.putAll(committed);
        announceNewIps(events);
    }

    /** The search index holds the IPs and the last activity day of each customer: a new pair of them is news. */
    private void announceNewIps(List<PageViewEvent> events) {
        List<Long> customers = new ArrayList<Long>(events.size());
        List<String> keys = new ArrayList<String>(events.size());
        for (PageViewEvent event : events) {
            customers.add(event.getCustomerId());
            keys.add(event.getCustomerId() + "|" + event.getIpAddress() + "|" + event.getViewTime().getTime() / 86400000L);
        }
        announced.announce(customers, keys);
    }

    /**
     * The latest view each customer of the batch has in the database at or before the customer's first view in the
     * batch and within the idle gap of it, by one query (per 500 customers) that returns one row per customer, plus
     * one for the rare customers another node has meanwhile recorded a later view of.
     */
    private Map<Long, LastViewCache.LastView> readPrevious(List<PageViewEvent> events) {
        long started = System.nanoTime();
        Map<Long, Long> firstTime = new HashMap<Long, Long>();
        long earliest = Long.MAX_VALUE;
        long latestFirst = Long.MIN_VALUE;
        for (PageViewEvent event : events) {
            Long customerId = event.getCustomerId();
            if (customerId != null && !firstTime.containsKey(customerId)) {
                long time = event.getViewTime().getTime();
                firstTime.put(customerId, time);
                earliest = Math.min(earliest, time);
                latestFirst = Math.max(latestFirst, time);
            }
        }
        Map<Long, LastViewCache.LastView> previous = new HashMap<Long, LastViewCache.LastView>();
        if (firstTime.isEmpty()) {
            return previous;
        }
        Date from = new Date(earliest - idleGapMs);
        Date to = new Date(latestFirst);
        // Each customer's latest view in the window; a customer whose latest lies after its first view here (another
        // node wrote a later view meanwhile) is read again view by view, so its predecessor is still found.
        Set<Long> overtaken = new HashSet<Long>();
        for (long[] view : dao.readLatestViews(firstTime.keySet(), from, to)) {
            if (!keepEarlier(previous, view, firstTime)) {
                overtaken.add(view[0]);
            }
        }
        if (!overtaken.isEmpty()) {
            for (long[] view : dao.readRecentViews(overtaken, from, to)) {
                keepEarlier(previous, view, firstTime);
            }
        }
        lookupTime.record(System.nanoTime() - started);
        return previous;
    }

    /** Keeps a (customer, id, time) view as its customer's predecessor if it is the latest at or before its first. */
    private static boolean keepEarlier(Map<Long, LastViewCache.LastView> previous, long[] view,
            Map<Long, Long> firstTime) {
        Long customerId = view[0];
        if (view[2] > firstTime.get(customerId)) {
            return false;
        }
        LastViewCache.LastView known = previous.get(customerId);
        if (known == null || view[2] > known.getTime() || view[2] == known.getTime() && view[1] > known.getId()) {
            previous.put(customerId, new LastViewCache.LastView(view[1], view[2]));
        }
        return true;
    }

    private void linkToPrevious(PageViewRow row, PageViewRow inBatch, LastViewCache.LastView previous,
            Map<Long, Long> updates) {
        long time = timeOf(row);
        if (inBatch != null) {
            Long gap = gap(timeOf(inBatch), time);
            if (gap != null) {
                inBatch.setTimeOnPageMs(gap); // the earlier row is inserted with it: no update needed
            }
            return;
        }
        if (previous != null) {
            Long gap = gap(previous.getTime(), time);
            if (gap != null) {
                updates.put(previous.getId(), gap);
            }
        }
    }

    /** The gap, or null when the views are out of order or a visit boundary lies between them. */
    private Long gap(long earlier, long later) {
        long gap = later - earlier;
        return gap < 0 || gap > idleGapMs ? null : Long.valueOf(gap);
    }

    private static long timeOf(PageViewRow row) {
        return row.getEvent().getViewTime().getTime();
    }
}
