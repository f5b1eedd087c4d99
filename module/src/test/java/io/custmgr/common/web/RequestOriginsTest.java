package io.custmgr.common.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestOriginsTest {

    @Test
    void theSchemesDefaultPortIsLeftOutAnyOtherKept() {
        assertEquals("http://shop.example", origin("http", "shop.example", 80));
        assertEquals("https://shop.example", origin("https", "shop.example", 443));
        assertEquals("http://localhost:8080", origin("http", "localhost", 8080));
        assertEquals("https://shop.example:80", origin("https", "shop.example", 80));
    }

    private static String origin(String scheme, String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        return RequestOrigins.origin(request);
    }
}
