package io.custmgr.guest.service;

import io.custmgr.common.change.CustomerChanges;
import io.custmgr.guest.dao.GuestExpiryDao;
import io.custmgr.guest.dao.GuestIdWindow;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * Walks the live guest profiles by customer id, one window (e.g. 10,000 ids) per transaction, so the job never holds
 * more than one window's locks and a failure loses at most one window's work; the next run picks up where the data
 * says (already anonymized guests are skipped), which is also what makes it idempotent.
 */
public class GuestExpiryServiceImpl implements GuestExpiryService {

    private static final Log LOG = LogFactory.getLog(GuestExpiryServiceImpl.class);

    private final GuestExpiryDao dao;
    private final TransactionTemplate transactions;
    private final int days;
    private final List<String> completeFulfillmentStatuses;
    private final int windowSize;

    /**
     * @param days guests expire this many days after their last order is complete; 0 or less switches the job off
     * @param completeFulfillmentStatuses comma separated fulfillment group statuses that complete a submitted order
     */
    public GuestExpiryServiceImpl(GuestExpiryDao dao, PlatformTransactionManager transactionManager, int days,
            String completeFulfillmentStatuses, int windowSize) {
        this.dao = dao;
        this.transactions = new TransactionTemplate(transactionManager);
        this.days = days;
        this.completeFulfillmentStatuses = parse(completeFulfillmentStatuses);
        this.windowSize = Math.max(1, windowSize);
    }

    @Override
    public GuestExpiryReport expireGuests() {
        long started = System.nanoTime();
        if (days <= 0) {
            return new GuestExpiryReport(0, 0, 0, 0);
        }
        // Truncated to the millisecond: the stamp is matched again to find this run's guests in a window.
        final Date now = new Date(System.currentTimeMillis());
        final Date completedBefore = new Date(now.getTime() - days * 86400000L);
        long examined = 0;
        long expired = 0;
        long kept = 0;
        long after = Long.MIN_VALUE;
        GuestIdWindow window;
        while ((window = dao.readNextWindow(after, windowSize)) != null) {
            final GuestIdWindow current = window;
            int[] counts = transactions.execute(new TransactionCallback<int[]>() {
                @Override
                public int[] doInTransaction(TransactionStatus status) {
                    dao.prepareWindowTransaction();
                    int keptHere = dao.countKeptForOpenOrders(current, completeFulfillmentStatuses);
                    int expiredHere = dao.anonymize(current, completeFulfillmentStatuses, completedBefore, now);
                    if (expiredHere > 0) {
                        dao.deletePersonalRecords(current, now);
                        CustomerChanges.afterCommit(dao.readAnonymized(current, now)); // the search index
                    }
                    return new int[] {expiredHere, keptHere};
                }
            });
            examined += window.getCount();
            expired += counts[0];
            kept += counts[1];
            after = window.getLastId();
        }
        GuestExpiryReport report = new GuestExpiryReport(examined, expired, kept,
                (System.nanoTime() - started) / 1000000L);
        LOG.info("Guest expiry: " + report);
        return report;
    }

    private static List<String> parse(String statuses) {
        List<String> parsed = new ArrayList<String>();
        for (String status : statuses.split(",")) {
            if (!status.trim().isEmpty()) {
                parsed.add(status.trim());
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("custmgr.guest.expiry.completeFulfillmentStatuses is empty");
        }
        return Collections.unmodifiableList(parsed);
    }
}
