package io.custmgr.sample.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.junit.jupiter.api.Test;

import java.util.List;

class BreadcrumbsTest {

    private final Category root = category("Primary Nav", "/", null);
    private final Category sauces = category("Hot Sauces", "/hot-sauces", root);

    @Test
    void categoryTrailStopsBelowTheRootAndEndsUnlinked() {
        Category green = category("Green Sauces", "/hot-sauces/green", sauces);

        List<Crumb> trail = Breadcrumbs.forCategory(green);

        assertEquals(2, trail.size());
        assertEquals("Hot Sauces", trail.get(0).getName());
        assertEquals("/hot-sauces", trail.get(0).getUrl());
        assertEquals("Green Sauces", trail.get(1).getName());
        assertNull(trail.get(1).getUrl());
    }

    @Test
    void productTrailRunsThroughItsDefaultCategory() {
        Product product = mock(Product.class);
        when(product.getName()).thenReturn("Green Ghost");
        when(product.getDefaultCategory()).thenReturn(sauces);

        List<Crumb> trail = Breadcrumbs.forProduct(product);

        assertEquals(2, trail.size());
        assertEquals("/hot-sauces", trail.get(0).getUrl());
        assertEquals("Green Ghost", trail.get(1).getName());
    }

    @Test
    void aCycleInTheCatalogDoesNotLoopForever() {
        Category a = mock(Category.class);
        Category b = category("B", "/b", a);
        when(a.getName()).thenReturn("A");
        when(a.getUrl()).thenReturn("/a");
        when(a.getDefaultParentCategory()).thenReturn(b);

        assertEquals(11, Breadcrumbs.forCategory(a).size());
    }

    private static Category category(String name, String url, Category parent) {
        Category category = mock(Category.class);
        when(category.getName()).thenReturn(name);
        when(category.getUrl()).thenReturn(url);
        when(category.getDefaultParentCategory()).thenReturn(parent);
        return category;
    }
}
