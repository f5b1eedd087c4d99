package io.custmgr.sample.web;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;

import java.util.Collections;
import java.util.List;

/** A department on the home page with the first few of its products. */
public final class FeaturedDepartment {

    private final Category category;
    private final List<Product> products;

    FeaturedDepartment(Category category, List<Product> products) {
        this.category = category;
        this.products = Collections.unmodifiableList(products);
    }

    public Category getCategory() {
        return category;
    }

    public List<Product> getProducts() {
        return products;
    }
}
