package io.custmgr.site.history;

import io.custmgr.history.service.PageViewRecorder;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.common.extension.ExtensionResultHolder;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryImpl;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.web.core.security.CustomerMergeExtensionManager;
import org.broadleafcommerce.profile.web.core.security.CustomerStateRequestProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.web.context.request.ServletWebRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.annotation.Resource;
import javax.servlet.FilterChain;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The storefront beans as the host gets them: filter → processor → recorder → CM_PAGE_VIEW, and the merge handler. */
@BroadleafIntegrationTest
class CustomerNavigationFilterIT {

    @Resource(name = "cmNavigationFilter")
    CustomerNavigationFilter filter;

    @Resource(name = "cmPageViewRecorder")
    PageViewRecorder recorder;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blCustomerMergeExtensionManager")
    CustomerMergeExtensionManager mergeManager;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    final List<Long> customers = new ArrayList<Long>();

    @AfterEach
    void cleanUp() {
        for (Long id : customers) {
            jdbc().update("DELETE FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", id);
        }
    }

    @Test
    void aCategoryPageViewReachesTheTable() throws Exception {
        Customer customer = anonymousCustomer();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/hot-sauces");
        request.setQueryString("sort=price&token=s3cret");
        request.setRemoteAddr("192.0.2.44");
        request.addHeader("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/119.0.0.0 Safari/537.36");
        request.setAttribute(CustomerStateRequestProcessor.getCustomerRequestAttributeName(), customer);
        final Category category = new CategoryImpl();
        category.setId(2002L);
        category.setName("Hot Sauces");

        filter.doFilter(request, new MockHttpServletResponse(), new FilterChain() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res) throws IOException {
                req.setAttribute("category", category); // what CategoryHandlerMapping does in the DispatcherServlet
            }
        });
        filter.doFilter(new MockHttpServletRequest("GET", "/css/style.css"), new MockHttpServletResponse(),
                new org.springframework.mock.web.MockFilterChain());
        assertTrue(recorder.flush(10000));

        List<Map<String, Object>> rows = jdbc().queryForList("SELECT * FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = ?",
                customer.getId());
        assertEquals(1, rows.size(), "the stylesheet is not a page view");
        Map<String, Object> row = rows.get(0);
        assertEquals("/hot-sauces?sort=price&token=***", row.get("URL"));
        assertEquals(2002L, ((Number) row.get("CATEGORY_ID")).longValue());
        assertEquals("Hot Sauces", row.get("ITEM_NAME"));
        assertEquals("192.0.2.44", row.get("IP_ADDRESS"));
        assertEquals("Chrome", row.get("BROWSER_NAME"));
        assertEquals("GET", row.get("HTTP_METHOD"));
        assertNull(row.get("TIME_ON_PAGE_MS"));
    }

    @Test
    void loginMovesTheAnonymousHistoryThroughBroadleafsMergeExtension() throws Exception {
        Customer anonymous = anonymousCustomer();
        Customer registered = anonymousCustomer();
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/page" + i);
            request.setAttribute(CustomerStateRequestProcessor.getCustomerRequestAttributeName(), anonymous);
            filter.doFilter(request, new MockHttpServletResponse(), new org.springframework.mock.web.MockFilterChain());
        }
        assertTrue(recorder.flush(10000));
        assertTrue(mergeManager.getHandlers().contains(handlerOf(mergeManager)));

        ExtensionResultHolder<Customer> holder = new ExtensionResultHolder<Customer>();
        holder.setResult(registered);
        HttpServletRequest login = new MockHttpServletRequest("POST", "/login_post.htm");
        mergeManager.getProxy().merge(holder, new ServletWebRequest(login), anonymous);

        assertEquals(0, count(anonymous.getId()));
        assertEquals(2, count(registered.getId()));
    }

    private static Object handlerOf(CustomerMergeExtensionManager manager) {
        for (Object handler : manager.getHandlers()) {
            if (handler instanceof NavigationHistoryMergeHandler) {
                return handler;
            }
        }
        return null;
    }

    private Customer anonymousCustomer() {
        Customer customer = customerService.createCustomer();
        customer.setId(ThreadLocalRandom.current().nextLong(1000000000000L, 9000000000000L));
        customers.add(customer.getId());
        return customer;
    }

    private int count(Long customer) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", Integer.class, customer);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(transactionManager.getDataSource());
    }
}
