package io.custmgr.assist.service;

import io.custmgr.activity.service.ActivityRecorder;
import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an admin signed in as a customer may not do, and what carries the admin's name, on any storefront path. */
@BroadleafIntegrationTest
class AssistanceGuardIT {

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "cmActivityRecorder")
    ActivityRecorder activityRecorder;

    CommittedCustomers customers;
    Customer shopper;

    @BeforeEach
    void setUp() {
        customers = CommittedCustomers.fromTestContext();
        shopper = customers.registered(AssistanceServiceIT.unique("guarded"));
    }

    @AfterEach
    void cleanUp() {
        RequestContextHolder.resetRequestAttributes();
        customers.deleteAll();
    }

    @Test
    void passwordAndEmailChangesAreRefusedWhileAssistingAndNothingIsSaved() {
        assisting();
        String email = shopper.getEmailAddress();

        RuntimeException emailChange = assertThrows(RuntimeException.class, () -> save(c -> {
            c.setEmailAddress("taken-over-" + email);
            c.setUsername("taken-over-" + email);
        }));
        RuntimeException passwordChange = assertThrows(RuntimeException.class,
                () -> save(c -> c.setPassword("other-hash")));

        assertTrue(causedByRestriction(emailChange), String.valueOf(emailChange));
        assertTrue(causedByRestriction(passwordChange), String.valueOf(passwordChange));
        assertEquals(email, customers.jdbc().queryForObject("SELECT EMAIL_ADDRESS FROM BLC_CUSTOMER "
                + "WHERE CUSTOMER_ID = ?", String.class, shopper.getId()));
        assertEquals("initial-hash", customers.jdbc().queryForObject("SELECT PASSWORD FROM BLC_CUSTOMER "
                + "WHERE CUSTOMER_ID = ?", String.class, shopper.getId()));
        save(c -> c.setFirstName("Assisted")); // other changes are the assistance's point
        assertEquals("Assisted", customers.jdbc().queryForObject("SELECT FIRST_NAME FROM BLC_CUSTOMER "
                + "WHERE CUSTOMER_ID = ?", String.class, shopper.getId()));
    }

    @Test
    void withoutAnAssistedSessionTheCustomerChangesTheirOwnPassword() {
        save(c -> c.setPassword("new-hash"));

        assertEquals("new-hash", customers.jdbc().queryForObject("SELECT PASSWORD FROM BLC_CUSTOMER "
                + "WHERE CUSTOMER_ID = ?", String.class, shopper.getId()));
    }

    @Test
    void activityEventsOfAnAssistedRequestCarryTheAdminsName() {
        assertNull(activityRecorder.draft(ActivityEventType.LOGIN).getAssistedBy());
        assisting();

        assertEquals("helpdesk", activityRecorder.draft(ActivityEventType.ORDER_PLACED).getAssistedBy());
    }

    private void assisting() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cart");
        request.getSession(true).setAttribute(CurrentAssistance.SESSION_ATTRIBUTE,
                new AssistedSession(-1L, -1L, "helpdesk", shopper.getId(), "Shopper", null));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private void save(final java.util.function.Consumer<Customer> change) {
        customers.inTransaction(() -> {
            Customer customer = customerService.readCustomerById(shopper.getId());
            change.accept(customer);
            customerService.saveCustomer(customer, false);
        });
    }

    private static boolean causedByRestriction(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AssistanceRestrictedException) {
                return true;
            }
        }
        return false;
    }
}
