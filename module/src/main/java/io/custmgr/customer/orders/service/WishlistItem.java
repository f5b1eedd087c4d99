package io.custmgr.customer.orders.service;

import java.util.Date;

/** An item on one of the customer's wishlists (Broadleaf named orders), and whether the customer bought it later. */
public class WishlistItem {

    private final Long orderItemId;
    private final Long wishlistId;
    private final String wishlistName;
    private final String name;
    private final Long skuId;
    private final Long productId;
    private final Date dateAdded;
    private final String imageUrl;
    private final boolean bought;

    public WishlistItem(Long orderItemId, Long wishlistId, String wishlistName, String name, Long skuId,
            Long productId, Date dateAdded, String imageUrl, boolean bought) {
        this.orderItemId = orderItemId;
        this.wishlistId = wishlistId;
        this.wishlistName = wishlistName;
        this.name = name;
        this.skuId = skuId;
        this.productId = productId;
        this.dateAdded = dateAdded;
        this.imageUrl = imageUrl;
        this.bought = bought;
    }

    public Long getOrderItemId() {
        return orderItemId;
    }

    public Long getWishlistId() {
        return wishlistId;
    }

    public String getWishlistName() {
        return wishlistName;
    }

    /** The item's name, else its SKU's; never null. */
    public String getName() {
        return name == null ? "" : name;
    }

    public Long getSkuId() {
        return skuId;
    }

    public Long getProductId() {
        return productId;
    }

    /**
     * When the item was added: the item's creation time the module records ({@code DatedOrderItem}); for items
     * created before the module was installed, when the wishlist itself was created (the earliest possible).
     */
    public Date getDateAdded() {
        return dateAdded;
    }

    /** URL of the product's primary image (its SKU's, else the default SKU's), as stored; null without one. */
    public String getImageUrl() {
        return imageUrl;
    }

    /** The same SKU or product is in an order of this customer submitted at or after {@link #getDateAdded()}. */
    public boolean isBought() {
        return bought;
    }
}
