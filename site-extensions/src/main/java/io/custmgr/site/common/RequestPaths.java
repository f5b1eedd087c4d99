package io.custmgr.site.common;

import javax.servlet.http.HttpServletRequest;

/** The one definition of "the path of a storefront request" for the module's filters and interceptors. */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** The request path after the context path, without matrix parameters; "/" at least. */
    public static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = uri == null ? "/" : uri;
        if (context != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        int semicolon = path.indexOf(';');
        if (semicolon >= 0) {
            path = path.substring(0, semicolon); // drops ;jsessionid=..., which must not be stored either
        }
        return path.isEmpty() ? "/" : path;
    }
}
