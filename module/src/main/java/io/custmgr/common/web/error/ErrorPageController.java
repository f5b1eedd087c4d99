package io.custmgr.common.web.error;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The container's error page ({@code <error-page><location>/custmgr/error</location></error-page>} in
 * {@code web.xml}): failures outside the DispatcherServlet's exception resolvers — a filter's exception such as
 * Broadleaf's CSRF check, a {@code sendError}, a view that failed to render — get the same page as the rest.
 * Answers any method: the container forwards the original request, a POST stays a POST.
 */
@Controller
public class ErrorPageController {

    public static final String PATH = "/custmgr/error";

    private final ErrorPages errorPages;

    public ErrorPageController(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @RequestMapping(PATH)
    public ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (failure == null && status == null) {
            status = HttpServletResponse.SC_NOT_FOUND; // asked for directly: there is nothing to show
        }
        return errorPages.render(request, response, failure instanceof Throwable ? (Throwable) failure : null,
                status instanceof Integer ? (Integer) status : null);
    }
}
