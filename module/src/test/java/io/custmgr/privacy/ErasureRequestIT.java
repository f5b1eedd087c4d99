package io.custmgr.privacy;

import io.custmgr.privacy.dao.ErasureRequestView;
import io.custmgr.privacy.service.ErasureRefusedException;
import io.custmgr.privacy.service.ErasureRequestService;
import io.custmgr.privacy.service.PersonalDataErasureService;
import io.custmgr.privacy.type.ErasureRefusal;
import io.custmgr.privacy.type.ErasureRequestStatus;
import io.custmgr.test.BackgroundWriters;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper's erasure request waits for the merchant (confirm, reject) or the grace period (30 days by default); the
 * shopper may cancel it. Each test runs in one rolled-back transaction.
 */
@BroadleafIntegrationTest
@Transactional
class ErasureRequestIT {

    private static long nextId = 7700000000L + (System.nanoTime() % 100000L) * 1000L;

    @Resource(name = "cmErasureRequestService")
    ErasureRequestService requests;

    @Resource(name = "cmPersonalDataErasureService")
    PersonalDataErasureService erasureService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() throws InterruptedException {
        BackgroundWriters.flushAll();
        jdbc = new JdbcTemplate(transactionManager.getDataSource());
    }

    @Test
    void aRequestWaitsOnceAndTheShopperMayCancelIt() {
        long customer = registered();

        ErasureRequestView first = requests.request(customer, ErasureRequestService.SOURCE_STOREFRONT);
        ErasureRequestView again = requests.request(customer, ErasureRequestService.SOURCE_STOREFRONT);

        assertEquals(first.getRequestId(), again.getRequestId(), "one pending request per customer");
        assertEquals(ErasureRequestStatus.PENDING, first.getStatus());
        assertNotNull(requests.findPending(customer));
        assertTrue(requests.cancel(customer));
        assertNull(requests.findPending(customer));
        assertFalse(requests.cancel(customer), "nothing pending any more");
        assertNull(jdbc.queryForObject("SELECT CM_ERASED_DATE FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?",
                Timestamp.class, customer));
    }

    @Test
    void theMerchantConfirmsAndTheCustomerIsErasedOrRejects() {
        long confirmed = registered();
        long rejected = registered();
        String confirmedRequest = requests.request(confirmed, "STOREFRONT").getRequestId();
        String rejectedRequest = requests.request(rejected, "STOREFRONT").getRequestId();

        ErasureRequestView done = requests.confirm(confirmedRequest, false);
        assertTrue(requests.reject(rejectedRequest));

        assertEquals(ErasureFixtures.email(confirmed), done.getEmail(), "the confirmation names the customer");
        assertEquals("ERASED", status(confirmedRequest));
        assertNotNull(jdbc.queryForObject("SELECT CM_ERASED_DATE FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?",
                Timestamp.class, confirmed));
        assertEquals("REJECTED", status(rejectedRequest));
        assertNull(jdbc.queryForObject("SELECT CM_ERASED_DATE FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?",
                Timestamp.class, rejected));
        assertThrows(IllegalStateException.class, () -> requests.confirm(rejectedRequest, false));
    }

    @Test
    void requestsPastTheGracePeriodAreErasedAndYoungerOnesWait() {
        long old = registered();
        long young = registered();
        String oldRequest = requests.request(old, "STOREFRONT").getRequestId();
        String youngRequest = requests.request(young, "STOREFRONT").getRequestId();
        jdbc.update("UPDATE CM_ERASURE_REQUEST SET REQUESTED = ? WHERE REQUEST_ID = ?",
                new Timestamp(System.currentTimeMillis() - 31 * 86400000L), oldRequest);

        assertTrue(requests.eraseDue() >= 1);

        assertEquals("ERASED", status(oldRequest));
        assertEquals("PENDING", status(youngRequest));
        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ?"
                + " AND ACTION = 'CUSTOMER_ERASED' AND ACTOR_KIND = 'SYSTEM'", Integer.class, old).intValue());
    }

    @Test
    void anErasedCustomerCannotRequestAgain() {
        long customer = registered();
        erasureService.erase(customer, false, "test");

        assertEquals(ErasureRefusal.ALREADY_ERASED, assertThrows(ErasureRefusedException.class,
                () -> requests.request(customer, "STOREFRONT")).getRefusal());
    }

    private String status(String requestId) {
        return jdbc.queryForObject("SELECT STATUS FROM CM_ERASURE_REQUEST WHERE REQUEST_ID = ?", String.class,
                requestId);
    }

    private long registered() {
        return ErasureFixtures.registered(customerService, em, nextId++, false);
    }
}
