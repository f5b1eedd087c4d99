package io.custmgr.library.dao;

import io.custmgr.library.service.LibraryItem;

import java.util.Date;
import java.util.List;

/**
 * CM_LIBRARY_ENTRY in set-based SQL. An order justifies an item when it is placed (see {@code OrderKinds}), not
 * cancelled, and has a line of a product marked digital. Callers hold the transaction.
 */
public interface LibraryEntryDao {

    /** What new PURCHASE entries get: when, by whom, the download limit (null: none) and the access end (null: none). */
    final class Grant {
        public final Date when;
        public final String by;
        public final Integer downloadsAllowed;
        public final Date accessExpires;

        public Grant(Date when, String by, Integer downloadsAllowed, Date accessExpires) {
            this.when = when;
            this.by = by;
            this.downloadsAllowed = downloadsAllowed;
            this.accessExpires = accessExpires;
        }
    }

    /**
     * Puts the digital items of one order into its customer's library: new entries, and revoked ones made active
     * again with this order (a new payment). Entries already active stay as they are.
     *
     * @return entries added or restored
     */
    int grantOrder(long orderId, Grant grant);

    /**
     * After an order was cancelled, deleted or refunded in full: its PURCHASE entries move to another order that still justifies them,
     * and the rest are revoked with {@code reason}.
     *
     * @return entries revoked
     */
    int revokeOrder(long orderId, String reason, Date when);

    /** @return whether the order's successful refunds add up to what was captured (and there is a refund) */
    boolean isRefunded(long orderId);

    /**
     * Makes the PURCHASE entries of the customers with ids in [firstId, lastId] what their orders justify: missing
     * items added, revoked ones restored, active ones no order justifies revoked with {@code reason}.
     *
     * @return {added or restored, revoked}
     */
    int[] rebuild(long firstId, long lastId, Grant grant, String reason);

    /** @return the customer's entries, and with the all-access flag every other digital product, by name; one statement */
    List<LibraryItem> readLibrary(long customerId);

    /** @return the product ids of the customer's active entries */
    List<Long> readActiveProductIds(long customerId);

    /** @return true when a row was inserted (false: the customer already has an entry for the product) */
    boolean insertEntry(long customerId, long productId, String acquisition, String giver, String note, Date when,
            String by);

    /** @return rows changed */
    int updateNote(long customerId, long productId, String note);

    /** @return rows changed (only an active entry is revoked) */
    int revoke(long customerId, long productId, String reason, Date when);

    /** @return rows changed (only a revoked entry is restored) */
    int restore(long customerId, long productId);

    /**
     * Counts one download of an active, unexpired entry within its limit, in one conditional UPDATE (two concurrent
     * downloads of the last allowed one cannot both pass).
     *
     * @return true when counted
     */
    boolean takeDownload(long customerId, long productId, Date now);

    /**
     * @param starting true for a download from its first byte (limits apply), false for the rest of a ranged one
     * @return null when the customer may download the product's files (an active entry in time and, when starting,
     *         within its limit, or the all-access flag on a digital product), else the refusal code of
     *         {@code DownloadRefusedException}
     */
    String readRefusal(long customerId, long productId, Date now, boolean starting);
}
