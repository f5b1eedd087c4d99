package io.custmgr.sample.seed;

import java.math.BigDecimal;

/**
 * A catalog product as order seeding needs it: ids to load the entities in each batch's persistence context, and the
 * prices, read once rather than from the SKU for every order item.
 */
final class SeededProduct {

    private final Long productId;
    private final Long skuId;
    private final Long categoryId;
    private final BigDecimal retailPrice;
    private final BigDecimal salePrice;
    private final boolean digital;

    SeededProduct(Long productId, Long skuId, Long categoryId, BigDecimal retailPrice, BigDecimal salePrice,
            boolean digital) {
        this.productId = productId;
        this.skuId = skuId;
        this.categoryId = categoryId;
        this.retailPrice = retailPrice;
        this.salePrice = salePrice;
        this.digital = digital;
    }

    Long getProductId() {
        return productId;
    }

    Long getSkuId() {
        return skuId;
    }

    /** @return the product's default category, or null */
    Long getCategoryId() {
        return categoryId;
    }

    BigDecimal getRetailPrice() {
        return retailPrice;
    }

    /** @return the sale price, or null */
    BigDecimal getSalePrice() {
        return salePrice;
    }

    boolean isDigital() {
        return digital;
    }
}
