package io.custmgr.library.admin;

import java.util.List;

/** What the admin's library screens read besides the library itself. Callers hold the transaction. */
public interface LibraryAdminDao {

    /** @return every product marked digital, by name; one statement */
    List<DigitalProductOption> readDigitalProducts();

    /** @return true when the product exists and is marked digital */
    boolean isDigital(long productId);

    /** @return the entry's status (ACTIVE or REVOKED) and note, or null when the customer has no entry for it */
    String[] readEntry(long customerId, long productId);

    /** @return downloads newest first, of one customer or (null) of all; one statement */
    List<DownloadView> readDownloads(Long customerId, int first, int max);

    long countDownloads(Long customerId);
}
