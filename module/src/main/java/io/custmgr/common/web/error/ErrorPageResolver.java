package io.custmgr.common.web.error;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Answers every exception a controller throws with the webapp's error page ({@link ErrorPages}), except the client
 * errors Spring MVC answers itself ({@link ErrorKind#REFUSED}), which go on to Spring's resolvers and come back
 * through the container's error page.
 *
 * <p>Order 1 by default: after the controllers' own {@code @ExceptionHandler} methods (Spring's resolver at 0), ahead
 * of Spring's default resolver (which would answer an id that is no number with 400).
 */
public class ErrorPageResolver implements HandlerExceptionResolver, Ordered {

    private final ErrorPages errorPages;
    private int order = 1;

    public ErrorPageResolver(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (errorPages.classify(failure, null) == ErrorKind.REFUSED) {
            return null;
        }
        return errorPages.render(request, response, failure, null);
    }

    @Override
    public int getOrder() {
        return order;
    }

    public void setOrder(int order) {
        this.order = order;
    }
}
