package io.custmgr.stock.dao;

import io.custmgr.stock.domain.StockSubscription;

import java.util.Collection;
import java.util.Date;
import java.util.List;

/** Back-in-stock subscriptions (bean {@code cmStockSubscriptionDao}); every method joins the caller's transaction. */
public interface StockSubscriptionDao {

    /** @return a new, unsaved subscription of the configured entity class */
    StockSubscription create();

    /** Persists and flushes, so the open-subscription constraint answers now. */
    StockSubscription save(StockSubscription subscription);

    /** @return the subscription, or null */
    StockSubscription read(Long id);

    /** @return whether an open subscription of this SKU and e-mail key exists */
    boolean isOpen(Long skuId, String emailKey);

    /** @return whether the SKU exists and can be bought now (see {@link SkuAvailability}) */
    boolean isAvailable(Long skuId, Date now);

    /** @return the customer's subscriptions with product names, newest first */
    List<StockSubscriptionRow> readForCustomer(Long customerId);

    /** @return subscriptions of any state, newest first, with product names; {@code state} null for all */
    List<StockSubscriptionRow> readPage(String state, int first, int max);

    /** Closes every open subscription of the e-mail key; @return how many */
    int cancelOpen(String emailKey);

    /** @return up to {@code max} open subscriptions whose SKU can be bought now, oldest first, in one statement */
    List<StockSubscriptionRow> readDue(Date now, int max);

    /** Marks those still open NOTIFIED at {@code now} (a statement per chunk of ids); @return how many */
    int markNotified(Collection<Long> ids, Date now);
}
