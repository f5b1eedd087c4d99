package io.custmgr.common.web;

import javax.servlet.http.HttpServletResponse;

/**
 * Headers of a response that holds a customer's private data or was reached by a link carrying a token (an order
 * page, a download): never stored by a browser or proxy, and the address (with its token) never sent on as a
 * referrer by the page's own links.
 */
public final class PrivateResponses {

    private PrivateResponses() {
    }

    public static void keepPrivate(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
