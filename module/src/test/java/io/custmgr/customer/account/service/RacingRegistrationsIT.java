package io.custmgr.customer.account.service;

import io.custmgr.customer.account.domain.LoginTakenException;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Two registrations of one address in different case, each in its own committing transaction, overlapping. */
@BroadleafIntegrationTest
class RacingRegistrationsIT {

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    CommittedCustomers customers;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        customers.ensureUserRole();
    }

    @AfterEach
    void cleanUp() {
        customers.deleteAll();
    }

    @Test
    void onlyOneOfTwoOverlappingRegistrationsInDifferentCaseCommits() throws Exception {
        final String email = CaseInsensitiveLoginIT.unique("race");
        final CountDownLatch firstWritten = new CountDownLatch(1);
        final CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // the first writes its customer and key, and commits only once the second is writing its own
            Future<Object> first = threads.submit(new Callable<Object>() {
                @Override
                public Object call() {
                    return register(email, null, firstWritten, secondStarted);
                }
            });
            Future<Object> second = threads.submit(new Callable<Object>() {
                @Override
                public Object call() {
                    await(firstWritten);
                    return register(email.toUpperCase(), secondStarted, null, null);
                }
            });

            assertEquals(Customer.class.getSimpleName(), kind(first.get(90, TimeUnit.SECONDS)), "the first commits");
            Object refused = second.get(90, TimeUnit.SECONDS);
            assertNotNull(refused instanceof Throwable ? LoginTakenException.in((Throwable) refused) : null,
                    "the second is refused for the address: " + refused);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, customers.count("BLC_CUSTOMER WHERE LOWER(USER_NAME) = ?", email.toLowerCase()));
        assertEquals(1, customers.count("CM_LOGIN_KEY WHERE LOGIN_KEY = ?", email.toLowerCase()));
    }

    /**
     * Registers in a transaction of its own: signals {@code starting} before it writes, {@code written} once its
     * customer and key are flushed, and then waits for {@code commitAfter} before committing.
     *
     * @return the committed customer, or the failure
     */
    private Object register(final String email, final CountDownLatch starting, final CountDownLatch written,
            final CountDownLatch commitAfter) {
        try {
            return customers.inTransaction(new TransactionCallback<Customer>() {
                @Override
                public Customer doInTransaction(TransactionStatus status) {
                    if (starting != null) {
                        starting.countDown();
                    }
                    Customer customer = customerService.createCustomer();
                    customer.setUsername(email);
                    customer.setEmailAddress(email);
                    customers.track(customer.getId());
                    Customer saved = customerService.registerCustomer(customer, "secret123", "secret123");
                    em.flush();
                    if (written != null) {
                        written.countDown();
                        await(commitAfter);
                        pause(); // let the second reach the key this transaction holds uncommitted
                    }
                    return saved;
                }
            });
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static String kind(Object outcome) {
        return outcome instanceof Customer ? Customer.class.getSimpleName() : String.valueOf(outcome);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
