package io.custmgr.accountaudit.service;

import io.custmgr.test.CommittedCustomers;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A registration through Broadleaf's service stores the client IP on the customer, in the same transaction. */
@BroadleafIntegrationTest
class RegistrationIpIT {

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers committed;

    @BeforeEach
    void setUp() {
        committed = new CommittedCustomers(transactionManager, customerService, orderService);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.44");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void cleanUp() {
        committed.deleteAll();
    }

    @Test
    void theRegistrationIpIsStoredWithTheCustomer() {
        committed.ensureUserRole();
        final String email = "registration-ip-" + System.nanoTime() + "@example.com";
        Customer customer = committed.track(committed.inTransaction(
                (org.springframework.transaction.support.TransactionCallback<Customer>) status -> {
                    Customer fresh = customerService.createCustomer();
                    fresh.setEmailAddress(email);
                    fresh.setUsername(email);
                    return customerService.registerCustomer(fresh, "secret123", "secret123");
                }));

        assertEquals("192.0.2.44", committed.jdbc().queryForObject(
                "SELECT CM_REGISTRATION_IP FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", String.class, customer.getId()));
    }
}
