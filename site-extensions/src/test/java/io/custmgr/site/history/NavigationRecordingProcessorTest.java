package io.custmgr.site.history;

import io.custmgr.common.web.ClientIpResolver;
import io.custmgr.history.service.PageViewEvent;
import io.custmgr.history.service.PageViewRecorder;
import io.custmgr.history.service.UserAgentParserImpl;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

import javax.servlet.http.HttpServletRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class NavigationRecordingProcessorTest {

    static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/120.0.0.0 Safari/537.36";
    static final UserAgentParserImpl PARSER = new UserAgentParserImpl("(?i)curl/");

    final PageViewRecorder recorder = mock(PageViewRecorder.class);
    final Customer customer = mock(Customer.class);

    @Test
    void recordsAPageViewWithEverythingItKnows() {
        when(customer.getId()).thenReturn(42L);
        MockHttpServletRequest request = request("GET", "/shop/hot-sauces");
        request.setContextPath("/shop");
        request.setQueryString("q=habanero&page=2");
        request.addHeader("User-Agent", CHROME);
        request.addHeader("Referer", "http://localhost/shop/?token=abc");
        String sessionId = request.getSession(true).getId();

        PageViewEvent event = processor(false).process(request, 1000L);

        verify(recorder).record(event);
        assertEquals(Long.valueOf(42), event.getCustomerId());
        assertEquals(1000L, event.getViewTime().getTime());
        assertEquals("GET", event.getHttpMethod());
        assertEquals("/hot-sauces?q=habanero&page=2", event.getUrl());
        assertEquals("http://localhost/shop/?token=***", event.getReferrer());
        assertEquals("Chrome", event.getBrowserName());
        assertEquals("120.0", event.getBrowserVersion());
        assertEquals("Linux", event.getOperatingSystem());
        assertFalse(event.isBot());
        assertEquals(64, event.getSessionHash().length());
        assertFalse(event.getSessionHash().equals(sessionId), "the raw session id is never stored");
        assertTrue(event.getSessionHash().matches("[0-9a-f]{64}"));
        assertEquals("192.0.2.10", event.getIpAddress());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/css/site.css", "/js/app.js", "/img/logo.png", "/favicon.ico", "/fonts/a.woff",
            "/cmsstatic/product/1.jpg", "/x/photo.JPG", "/app.js.map", "/health", "/health/db", "/admin/login"})
    void skipsStaticResourcesHealthChecksAndAdmin(String path) {
        assertNull(processor(false).process(request("GET", path), 1L));
        verify(recorder, never()).record(any(PageViewEvent.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEAD", "PUT", "DELETE", "OPTIONS"})
    void recordsOnlyGetAndPost(String method) {
        assertNull(processor(false).process(request(method, "/cart"), 1L));
        assertNotNull(processor(false).process(request("POST", "/cart/add"), 1L));
    }

    @Test
    void masksSensitiveQueryParameters() {
        MockHttpServletRequest request = request("POST", "/login;jsessionid=ABC");
        request.setQueryString("email=a%40b.c&password=hunter2&apiKey=k&creditCardNumber=4111&cvv=123&x");

        PageViewEvent event = processor(false).process(request, 1L);

        assertEquals("/login?email=a%40b.c&password=***&apiKey=***&creditCardNumber=***&cvv=***&x", event.getUrl());
    }

    @Test
    void cutsLongUrlsTo1024Characters() {
        MockHttpServletRequest request = request("GET", "/search");
        StringBuilder query = new StringBuilder("q=");
        for (int i = 0; i < 2000; i++) {
            query.append('a');
        }
        request.setQueryString(query.toString());

        assertEquals(1024, processor(false).process(request, 1L).getUrl().length());
    }

    @Test
    void believesForwardedForOnlyFromTrustedProxies() {
        MockHttpServletRequest direct = request("GET", "/");
        direct.addHeader("X-Forwarded-For", "6.6.6.6");
        assertEquals("192.0.2.10", processor(false).process(direct, 1L).getIpAddress());

        MockHttpServletRequest proxied = request("GET", "/");
        proxied.setRemoteAddr("127.0.0.1");
        proxied.addHeader("X-Forwarded-For", "6.6.6.6, 203.0.113.9, 10.0.0.7");
        assertEquals("203.0.113.9", processor(false).process(proxied, 1L).getIpAddress(),
                "the rightmost address not in a trusted network; the client-written part is ignored");

        MockHttpServletRequest ipv6 = request("GET", "/");
        ipv6.setRemoteAddr("0:0:0:0:0:0:0:1");
        ipv6.addHeader("X-Forwarded-For", "2001:db8::1");
        assertEquals("2001:db8::1", processor(false).process(ipv6, 1L).getIpAddress());
    }

    @Test
    void ignoresForwardedForGarbageAndHostNames() {
        MockHttpServletRequest proxied = request("GET", "/");
        proxied.setRemoteAddr("127.0.0.1");
        proxied.addHeader("X-Forwarded-For", "evil.example.com");
        assertEquals("127.0.0.1", processor(false).process(proxied, 1L).getIpAddress());
    }

    @Test
    void flagsOrSkipsBots() {
        MockHttpServletRequest google = request("GET", "/");
        google.addHeader("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        assertTrue(processor(false).process(google, 1L).isBot());

        MockHttpServletRequest curl = request("GET", "/");
        curl.addHeader("User-Agent", "curl/8.4.0");
        assertNull(processor(true).process(curl, 1L));
    }

    @Test
    void takesTheProductFromBroadleafsRequestAttribute() {
        Product product = mock(Product.class);
        when(product.getId()).thenReturn(7L);
        when(product.getName()).thenReturn("Sudden Death Sauce");
        MockHttpServletRequest request = request("GET", "/hot-sauces/sudden_death_sauce");
        request.setAttribute("currentProduct", product);

        PageViewEvent event = processor(false).process(request, 1L);

        assertEquals(Long.valueOf(7), event.getProductId());
        assertNull(event.getCategoryId());
        assertEquals("Sudden Death Sauce", event.getItemName());
    }

    @Test
    void takesTheCategoryFromBroadleafsRequestAttribute() {
        Category category = mock(Category.class);
        when(category.getId()).thenReturn(2002L);
        when(category.getName()).thenReturn("Hot Sauces");
        MockHttpServletRequest request = request("GET", "/hot-sauces");
        request.setAttribute("category", category);

        PageViewEvent event = processor(false).process(request, 1L);

        assertEquals(Long.valueOf(2002), event.getCategoryId());
        assertEquals("Hot Sauces", event.getItemName());
    }

    @Test
    void aProductWhoseNameCannotBeLoadedIsStillRecorded() {
        Product product = mock(Product.class);
        when(product.getId()).thenReturn(7L);
        when(product.getName()).thenThrow(new IllegalStateException("no session"));
        MockHttpServletRequest request = request("GET", "/p");
        request.setAttribute("currentProduct", product);

        PageViewEvent event = processor(false).process(request, 1L);

        assertEquals(Long.valueOf(7), event.getProductId());
        assertNull(event.getItemName());
    }

    @Test
    void aRequestWithoutCustomerOrSessionIsRecordedWithNulls() {
        NavigationRecordingProcessor processor = processor(false, null);

        PageViewEvent event = processor.process(request("GET", "/"), 1L);

        assertNull(event.getCustomerId());
        assertNull(event.getSessionHash());
        assertNull(event.getBrowserName());
    }

    private NavigationRecordingProcessor processor(boolean skipBots) {
        return processor(skipBots, customer);
    }

    private NavigationRecordingProcessor processor(boolean skipBots, final Customer current) {
        return new NavigationRecordingProcessor(recorder, PARSER, new RequestClassifier("/health", "/admin"),
                new QueryMasker("password,token,key,secret,card,cvv"), new ClientIpResolver("127.0.0.1/32,::1/128,10.0.0.0/8"),
                skipBots) {
            @Override
            protected Customer currentCustomer(HttpServletRequest request) {
                return current; // CustomerState needs Broadleaf's context
            }
        };
    }

    private static MockHttpServletRequest request(String method, String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setRemoteAddr("192.0.2.10");
        return request;
    }
}
