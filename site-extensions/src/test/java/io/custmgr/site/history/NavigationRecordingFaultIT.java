package io.custmgr.site.history;

import io.custmgr.common.web.ClientIpResolver;
import io.custmgr.history.dao.PageViewDaoImpl;
import io.custmgr.history.service.PageViewBatchWriter;
import io.custmgr.history.service.PageViewRecorderImpl;
import io.custmgr.history.service.UserAgentParser;
import io.custmgr.test.BroadleafIntegrationTest;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;

import javax.annotation.Resource;
import javax.servlet.FilterChain;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The storefront filter with its real collaborators, but the page view database down (nothing listens on its port):
 * every request is still served in full, and the lost views are counted as dropped.
 */
@BroadleafIntegrationTest
class NavigationRecordingFaultIT {

    private static final int REQUESTS = 25;

    @Resource(name = "cmUserAgentParser")
    UserAgentParser userAgentParser;

    @Resource(name = "cmClientIpResolver")
    ClientIpResolver ipResolver;

    PageViewRecorderImpl recorder;
    CustomerNavigationFilter filter;

    @BeforeEach
    void setUp() {
        JDBCDataSource down = new JDBCDataSource();
        down.setUrl("jdbc:hsqldb:hsql://127.0.0.1:1/nothing-listens-here");
        down.setUser("SA");
        recorder = new PageViewRecorderImpl(new PageViewBatchWriter(new PageViewDaoImpl(down),
                new DataSourceTransactionManager(down), 30, 100), 1000, 10, 20);
        recorder.start();
        filter = new CustomerNavigationFilter(new NavigationRecordingProcessor(recorder, userAgentParser,
                new RequestClassifier("/health", "/admin"), new QueryMasker("password"), ipResolver, false));
    }

    @AfterEach
    void tearDown() throws Exception {
        recorder.destroy();
    }

    @Test
    void requestsAreServedAndTheLostViewsCountedWhileTheDatabaseIsDown() throws Exception {
        for (int i = 0; i < REQUESTS; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/hot-sauces");
            request.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0.0.0 Safari/537.36");
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, new FilterChain() {
                @Override
                public void doFilter(ServletRequest req, ServletResponse res) throws IOException {
                    res.getWriter().write("page");
                }
            });
            assertEquals(200, response.getStatus());
            assertEquals("page", response.getContentAsString());
        }

        assertTrue(recorder.flush(30000), "the writer gave up on every batch");
        assertEquals(REQUESTS, recorder.getDroppedCount());
        assertEquals(0, recorder.getRecordedCount());
    }
}
