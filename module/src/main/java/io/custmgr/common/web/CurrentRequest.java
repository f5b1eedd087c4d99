package io.custmgr.common.web;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import javax.servlet.http.HttpServletRequest;

/**
 * The HTTP request the current thread serves, for code that is called without it (Broadleaf's hooks, Hibernate
 * listeners, services shared by both webapps): Broadleaf's thread-bound request context, or, where Broadleaf's filter
 * has not run yet (the login and logout filters run before it), Spring's {@code RequestContextHolder} (set by the
 * {@code RequestContextListener} / {@code RequestContextFilter}). Code that has the request at hand passes it on
 * instead: what a service needs of it (client IP, origin) it takes as an argument where its callers have one
 * ({@link ClientIpResolver#resolveCurrent()} and {@link RequestOrigins} build on this).
 */
public final class CurrentRequest {

    private CurrentRequest() {
    }

    /** @return the current thread's request, or null outside a request (jobs, background writers, start-up) */
    public static HttpServletRequest get() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        if (context != null && context.getRequest() != null) {
            return context.getRequest();
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes ? ((ServletRequestAttributes) attributes).getRequest()
                : null;
    }
}
