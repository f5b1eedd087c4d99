package io.custmgr.stock.domain;

import io.custmgr.stock.type.StockSubscriptionState;

import java.io.Serializable;
import java.util.Date;

/**
 * A shopper's wish to be mailed once when a SKU is available again (table {@code CM_STOCK_SUBSCRIPTION}): a signed-in
 * customer's, or an e-mail address's. At most one subscription per SKU and e-mail key is open.
 */
public interface StockSubscription extends Serializable {

    Long getId();

    /** @return the customer who subscribed signed in, or null for an e-mail alone */
    Long getCustomerId();

    void setCustomerId(Long customerId);

    /** @return the address to mail, as typed (trimmed) */
    String getEmail();

    /** @return the address trimmed and lower-cased: what "the same address" means */
    String getEmailKey();

    /** Sets the address and its key. */
    void setEmail(String email);

    Long getSkuId();

    void setSkuId(Long skuId);

    /** @return the SKU's product when it had one, for the lists */
    Long getProductId();

    void setProductId(Long productId);

    Date getCreated();

    void setCreated(Date created);

    StockSubscriptionState getState();

    /** Also keeps the open key that the unique constraint on (SKU, open key) checks: set only while open. */
    void setState(StockSubscriptionState state);

    /** @return when the mail was sent, or null */
    Date getNotified();

    void setNotified(Date notified);
}
