package io.custmgr.stock.service;

/**
 * The back-in-stock job (bean {@code cmBackInStockNotifier}, cluster job {@code back-in-stock}): mails each open
 * subscription whose SKU can be bought again once and closes it (NOTIFIED).
 */
public interface BackInStockNotifier {

    /**
     * Finds due subscriptions a batch at a time (one statement), marks each batch NOTIFIED in its own transaction and
     * mails after that commits (a mail that cannot be sent is logged; its subscription stays NOTIFIED, never mailed
     * twice). Runs on one node at a time as a cluster job.
     *
     * @return how many subscribers were mailed
     */
    int notifySubscribers();
}
