package io.custmgr.sample.web.catalog;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Breadcrumb trails along the categories' default parents, below the navigation root (the category at "/", which the
 * storefront shows as the home page). The home page itself is not part of the trail; the templates add it.
 */
final class Breadcrumbs {

    static final String MODEL_ATTRIBUTE = "breadcrumbs";
    private static final String ROOT_URL = "/";
    private static final int MAX_DEPTH = 10;

    private Breadcrumbs() {
    }

    static List<Crumb> forCategory(Category category) {
        List<Crumb> trail = linkedTrail(category.getDefaultParentCategory());
        trail.add(new Crumb(category.getName(), null));
        return Collections.unmodifiableList(trail);
    }

    static List<Crumb> forProduct(Product product) {
        List<Crumb> trail = linkedTrail(product.getDefaultCategory());
        trail.add(new Crumb(product.getName(), null));
        return Collections.unmodifiableList(trail);
    }

    /** @return links to {@code category} and its ancestors below the root, outermost first */
    private static List<Crumb> linkedTrail(Category category) {
        List<Crumb> trail = new ArrayList<Crumb>();
        Category current = category;
        // MAX_DEPTH guards against a cycle in badly edited catalog data
        for (int depth = 0; current != null && !ROOT_URL.equals(current.getUrl()) && depth < MAX_DEPTH; depth++) {
            trail.add(0, new Crumb(current.getName(), current.getUrl()));
            current = current.getDefaultParentCategory();
        }
        return trail;
    }
}
