package io.custmgr.common.web;

import javax.servlet.http.HttpServletRequest;

/** Absolute links back to the server a request came in on, for mails. */
public final class RequestOrigins {

    private RequestOrigins() {
    }

    /** {@code scheme://host[:port]}, the port left out where it is the scheme's default. */
    public static String origin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String origin = scheme + "://" + request.getServerName();
        return defaultPort ? origin : origin + ":" + port;
    }
}
