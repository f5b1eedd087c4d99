package io.custmgr.sample.web;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;

/** The home page: a few products from each department under the navigation root. */
@Controller
class HomeController {

    /** The category whose children form the storefront navigation (the header uses the same name). */
    static final String NAVIGATION_ROOT = "Primary Nav";
    static final int PRODUCTS_PER_DEPARTMENT = 3;

    @Resource(name = "blCatalogService")
    private CatalogService catalogService;

    @RequestMapping(value = "/", method = { RequestMethod.GET, RequestMethod.HEAD })
    String home(Model model) {
        model.addAttribute("featuredDepartments", featuredDepartments());
        return "catalog/home";
    }

    private List<FeaturedDepartment> featuredDepartments() {
        List<Category> roots = catalogService.findCategoriesByName(NAVIGATION_ROOT);
        if (roots == null || roots.isEmpty()) {
            return Collections.emptyList();
        }
        List<FeaturedDepartment> departments = new ArrayList<FeaturedDepartment>();
        for (CategoryXref xref : roots.get(0).getChildCategoryXrefs()) {
            Category department = xref.getSubCategory();
            List<Product> products = catalogService.findActiveProductsByCategory(department,
                    PRODUCTS_PER_DEPARTMENT, 0);
            if (!products.isEmpty()) {
                departments.add(new FeaturedDepartment(department, products));
            }
        }
        return departments;
    }
}
