package io.custmgr.sample.web.catalog;

import org.apache.commons.lang.StringUtils;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.web.controller.catalog.BroadleafSearchController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.net.URLEncoder;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Solr-backed product search; an empty query goes back to the home page, malformed paging or sorting parameters to
 * the plain search.
 */
@Controller
class SearchController extends BroadleafSearchController {

    @Override
    @RequestMapping(value = "/search", method = { RequestMethod.GET, RequestMethod.HEAD })
    public String search(Model model, HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "q", required = false) String query)
            throws ServletException, IOException, ServiceException {
        if (!CatalogParameters.wellFormed(request)) {
            return StringUtils.isBlank(query) ? "redirect:/" : "redirect:/search?q=" + URLEncoder.encode(query, "UTF-8");
        }
        return super.search(model, request, response, query);
    }
}
