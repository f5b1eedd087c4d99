package io.custmgr.duplicates.service;

import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Between full refreshes, committed customer changes refresh those customers' keys in the background: a new customer
 * pairs with an existing look-alike,
 * and changing the e-mail away unpairs them.
 */
@BroadleafIntegrationTest
class LiveMatchKeyRefreshIT {

    @Resource(name = "cmCustomerMatchKeyRefresher")
    CustomerMatchKeyRefresher refresher;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;
    String token;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        token = Long.toString(System.nanoTime(), 36);
    }

    @AfterEach
    void cleanUp() {
        customers.deleteAll();
    }

    @Test
    void savedCustomersAreRepairedWithoutAFullRefresh() throws Exception {
        Customer first = customers.registered("Live." + token + "@gmail.com");
        Customer second = customers.registered("live" + token + "+shop@googlemail.com");
        assertTrue(refresher.flush(30000L), "the background refresh caught up");
        assertEquals(1, keysShared(first.getId(), second.getId()), "paired by their e-mail");

        final Long id = second.getId();
        customers.inTransaction(new Runnable() {
            @Override
            public void run() {
                Customer customer = customerService.readCustomerById(id);
                customer.setEmailAddress("someone.else" + token + "@example.com");
                customerService.saveCustomer(customer, false);
            }
        });
        assertTrue(refresher.flush(30000L));
        assertEquals(0, keysShared(first.getId(), second.getId()), "the new e-mail pairs with nobody");
    }

    /** @return keys the two customers share, as the table holds them now */
    private int keysShared(Long a, Long b) {
        return customers.count("CM_CUSTOMER_MATCH_KEY x JOIN CM_CUSTOMER_MATCH_KEY y ON y.KIND = x.KIND"
                + " AND y.MATCH_KEY = x.MATCH_KEY WHERE x.CUSTOMER_ID = ? AND y.CUSTOMER_ID = ?", a, b);
    }
}
