package io.custmgr.sample.web.catalog;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.web.controller.catalog.BroadleafProductController;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Product pages: Broadleaf's ProductHandlerMapping finds the product by URL and hands the request to the bean named
 * {@code blProductController}. Adds the breadcrumb trail.
 */
@Controller("blProductController")
class ProductController extends BroadleafProductController {

    @Override
    public ModelAndView handleRequest(HttpServletRequest request, HttpServletResponse response) throws Exception {
        ModelAndView model = super.handleRequest(request, response);
        Object product = model.getModel().get(MODEL_ATTRIBUTE_NAME);
        if (product instanceof Product) {
            model.addObject(Breadcrumbs.MODEL_ATTRIBUTE, Breadcrumbs.forProduct((Product) product));
        }
        return model;
    }
}
