package io.custmgr.privacy;

import io.custmgr.privacy.service.PersonalDataErasureService;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * An erasure failing in its last step (the tests' own step bean) rolls back as a whole: committed data, so the
 * rollback is the erasure's own.
 */
@BroadleafIntegrationTest
class ErasureRollbackIT {

    @Resource(name = "cmPersonalDataErasureService")
    PersonalDataErasureService erasureService;

    CommittedCustomers customers;
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        customers = CommittedCustomers.fromTestContext();
        jdbc = customers.jdbc();
    }

    @AfterEach
    void cleanUp() {
        ProbeErasureStep.failure = null;
        customers.deleteAll();
    }

    @Test
    void aFailingStepRollsTheWholeErasureBack() {
        final long customer = customers.registered("rollback" + System.nanoTime() + "@example.com").getId();
        customers.inTransaction(new Runnable() {
            @Override
            public void run() {
                jdbc.update("UPDATE BLC_CUSTOMER SET FIRST_NAME = 'Rolf', CM_REGISTRATION_IP = '192.0.2.9'"
                        + " WHERE CUSTOMER_ID = ?", customer);
                jdbc.update("INSERT INTO CM_PAGE_VIEW (PAGE_VIEW_ID, CUSTOMER_ID, URL, VIEW_TIME) VALUES (?, ?, ?, ?)",
                        customer, customer, "/kept", new java.sql.Timestamp(System.currentTimeMillis()));
            }
        });
        Map<String, Object> before = jdbc.queryForMap("SELECT * FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", customer);
        ProbeErasureStep.failure = new IllegalStateException("injected failure in the last step");

        assertThrows(IllegalStateException.class, () -> erasureService.erase(customer, false, "test"));

        assertEquals(before, jdbc.queryForMap("SELECT * FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", customer));
        assertEquals(1, customers.count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", customer));
        assertEquals(0, customers.count("CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ? AND ACTION = 'CUSTOMER_ERASED'",
                customer));
    }
}
