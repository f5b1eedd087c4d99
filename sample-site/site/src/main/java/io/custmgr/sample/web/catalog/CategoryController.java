package io.custmgr.sample.web.catalog;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.web.catalog.CategoryHandlerMapping;
import org.broadleafcommerce.core.web.controller.catalog.BroadleafCategoryController;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Category pages: Broadleaf's CategoryHandlerMapping finds the category by URL and hands the request to the bean
 * named {@code blCategoryController}; the products come from Solr. Adds the breadcrumb trail; malformed paging or
 * sorting parameters lead back to the plain category URL.
 */
@Controller("blCategoryController")
class CategoryController extends BroadleafCategoryController {

    @Override
    public ModelAndView handleRequest(HttpServletRequest request, HttpServletResponse response) throws Exception {
        Category current = (Category) request.getAttribute(CategoryHandlerMapping.CURRENT_CATEGORY_ATTRIBUTE_NAME);
        if (current != null && !CatalogParameters.wellFormed(request)) {
            return new ModelAndView("redirect:" + current.getUrl());
        }
        ModelAndView model = super.handleRequest(request, response);
        Object category = model.getModel().get(CATEGORY_ATTRIBUTE_NAME);
        if (category instanceof Category) {
            model.addObject(Breadcrumbs.MODEL_ATTRIBUTE, Breadcrumbs.forCategory((Category) category));
        }
        return model;
    }
}
