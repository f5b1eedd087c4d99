package io.custmgr.stock.dao;

import java.util.Date;

/** A subscription as the lists, the tab and the job read it: with the product's name and URL. */
public class StockSubscriptionRow {

    private final long id;
    private final Long customerId;
    private final String email;
    private final long skuId;
    private final Long productId;
    private final String productName;
    private final String productUrl;
    private final Date created;
    private final String state;
    private final Date notified;

    public StockSubscriptionRow(long id, Long customerId, String email, long skuId, Long productId, String productName,
            String productUrl, Date created, String state, Date notified) {
        this.id = id;
        this.customerId = customerId;
        this.email = email;
        this.skuId = skuId;
        this.productId = productId;
        this.productName = productName;
        this.productUrl = productUrl;
        this.created = created;
        this.state = state;
        this.notified = notified;
    }

    public long getId() { return id; }
    public Long getCustomerId() { return customerId; }
    public String getEmail() { return email; }
    public long getSkuId() { return skuId; }
    public Long getProductId() { return productId; }
    /** @return the SKU's name (Broadleaf's default SKU carries the product's), or null */
    public String getProductName() { return productName; }
    /** @return the product's storefront URL (e.g. {@code /hot-sauces/sudden_death_sauce}), or null */
    public String getProductUrl() { return productUrl; }
    public Date getCreated() { return created; }
    public String getState() { return state; }
    public Date getNotified() { return notified; }
}
