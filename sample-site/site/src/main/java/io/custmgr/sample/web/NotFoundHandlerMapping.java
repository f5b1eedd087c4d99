package io.custmgr.sample.web;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.Controller;
import org.springframework.web.util.UrlPathHelper;

import java.net.MalformedURLException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The last resort before the container's default servlet: a URL that no controller, product, page or category claimed
 * and that is no file in the webapp gets the storefront's "page not found" page with status 404 (instead of the
 * container's bare error page). Files such as {@code /favicon.ico} still go to the default servlet.
 */
@Component
class NotFoundHandlerMapping extends AbstractHandlerMapping {

    static final String VIEW = "errors/notFound";

    private final UrlPathHelper urlPathHelper = new UrlPathHelper();
    private final Controller notFound = new Controller() {
        @Override
        public ModelAndView handleRequest(HttpServletRequest request, HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return new ModelAndView(VIEW);
        }
    };

    NotFoundHandlerMapping() {
        // <mvc:default-servlet-handler/> maps /** at the lowest precedence; come just before it.
        setOrder(Ordered.LOWEST_PRECEDENCE - 1);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        String path = urlPathHelper.getLookupPathForRequest(request);
        try {
            if (getServletContext().getResource(path) != null) {
                return null;
            }
        } catch (MalformedURLException e) {
            // not a resource path: fall through to "not found"
        }
        return notFound;
    }
}
