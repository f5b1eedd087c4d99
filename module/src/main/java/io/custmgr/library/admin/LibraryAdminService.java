package io.custmgr.library.admin;

import io.custmgr.library.service.RebuildResult;
import io.custmgr.library.type.Acquisition;

import java.util.List;

/**
 * The merchant's changes to one customer's library (bean {@code cmLibraryAdminService}), for the customer form's
 * Library tab: each checks its input field by field, changes the entry through {@code cmLibraryService} and records a
 * line in the customer's audit trail, in one transaction of {@code blTransactionManager} (a refused change records
 * nothing). Permission checks are the caller's (the admin controllers).
 */
public interface LibraryAdminService {

    int GIVER_LENGTH = 255;
    int NOTE_LENGTH = 1000;
    int REASON_LENGTH = 255;

    /**
     * Grants a digital product as {@link Acquisition#MANUAL} or {@link Acquisition#GIFT} (giver required).
     *
     * @throws InvalidLibraryChangeException product missing, not digital or already in the library; giver missing or
     *         too long; note too long; another acquisition
     */
    void grant(long customerId, Long productId, Acquisition acquisition, String giver, String note);

    /** @throws InvalidLibraryChangeException no such entry, note too long */
    void editNote(long customerId, long productId, String note);

    /** @throws InvalidLibraryChangeException reason missing or too long, no such active entry */
    void revoke(long customerId, long productId, String reason);

    /** @throws InvalidLibraryChangeException no such revoked entry */
    void restore(long customerId, long productId);

    /** Rebuilds the customer's purchases from the order history; audited when it changed something. */
    RebuildResult rebuild(long customerId);

    /** @return the products marked digital, for the product picker */
    List<DigitalProductOption> findDigitalProducts();

    /** @return true when the product exists and is marked digital */
    boolean isDigital(long productId);

    /** @return downloads newest first, of one customer or (null) of all */
    List<DownloadView> findDownloads(Long customerId, int first, int max);

    long countDownloads(Long customerId);
}
