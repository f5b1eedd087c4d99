package io.custmgr.sample.seed;

import io.custmgr.library.type.DigitalPackageType;

import java.math.BigDecimal;

/** One product of the demo catalog as written down, before it becomes a Broadleaf product with a default SKU. */
final class DemoProduct {

    private final String categoryUrl;
    private final String slug;
    private final String name;
    private final String description;
    private final String longDescription;
    private final BigDecimal retailPrice;
    private final BigDecimal salePrice;
    private final DigitalPackageType library;

    /**
     * @param library how the product reaches the buyer's digital library: null for none (shipped only),
     *                {@link DigitalPackageType#SINGLE} for a download (nothing shipped), {@link DigitalPackageType#COMBO}
     *                for a shipped product with files
     */
    DemoProduct(String categoryUrl, String slug, String name, String description, String longDescription,
            String retailPrice, String salePrice, DigitalPackageType library) {
        this.categoryUrl = categoryUrl;
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.longDescription = longDescription;
        this.retailPrice = new BigDecimal(retailPrice);
        this.salePrice = salePrice == null ? null : new BigDecimal(salePrice);
        this.library = library;
    }

    String getCategoryUrl() {
        return categoryUrl;
    }

    /** @return the storefront URL, under the category's */
    String getUrl() {
        return categoryUrl + "/" + slug;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    String getLongDescription() {
        return longDescription;
    }

    BigDecimal getRetailPrice() {
        return retailPrice;
    }

    /** @return the sale price, or null when the product is not on sale */
    BigDecimal getSalePrice() {
        return salePrice;
    }

    /** @return true for a download: a digital fulfillment, nothing shipped, no tax */
    boolean isDigital() {
        return DigitalPackageType.SINGLE.equals(library);
    }

    /** @return how the product reaches the library, or null */
    DigitalPackageType getLibrary() {
        return library;
    }
}
