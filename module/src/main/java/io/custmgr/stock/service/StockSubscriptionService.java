package io.custmgr.stock.service;

import io.custmgr.stock.dao.StockSubscriptionRow;
import io.custmgr.stock.domain.StockSubscription;

import java.util.List;

/**
 * Back-in-stock subscriptions (bean {@code cmStockSubscriptionService}): "notify me when available" for a SKU that
 * cannot be bought now, by a signed-in customer (mailed at the account's e-mail) or by anyone with an e-mail address;
 * one open subscription per SKU and address. Mailed once by {@link BackInStockNotifier} when the SKU is back.
 */
public interface StockSubscriptionService {

    /**
     * Subscribes, in one transaction.
     *
     * @param customerId the signed-in customer, or null (then {@code email} is required)
     * @param email the address typed; ignored when {@code customerId} is given (the account's address is used)
     * @throws StockSubscriptionRefusedException an e-mail missing, malformed or too long; an unknown SKU, or one that
     *         can be bought now; an open subscription of the SKU for this address already — nothing changed
     */
    StockSubscription subscribe(Long customerId, String email, Long skuId);

    /**
     * Follows a mailed unsubscribe link: closes every open subscription of the link's address (CANCELLED).
     *
     * @return how many were closed (0 when none was open any more)
     * @throws StockSubscriptionRefusedException the token was not signed by this store
     */
    int unsubscribe(String token);

    /** @return the signed token of the subscription's unsubscribe link */
    String unsubscribeToken(long subscriptionId);

    /** @return the customer's subscriptions, newest first, in one statement */
    List<StockSubscriptionRow> findForCustomer(Long customerId);

    /** @return a page of all subscriptions, newest first; {@code state} a state name or null for all */
    List<StockSubscriptionRow> findPage(String state, int first, int max);
}
