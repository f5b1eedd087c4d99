package io.custmgr.security.password;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class StablePasswordSavesTest {

    private final CustomerService target = mock(CustomerService.class);
    private final AtomicReference<String> unencodedAtSave = new AtomicReference<String>();
    private final CustomerService wrapped = (CustomerService) new StablePasswordSaves()
            .postProcessAfterInitialization(target, "blCustomerService");

    @Test
    void aSaveOfTheStoredPasswordDoesNotHashItAgain() {
        Customer customer = customer("$2a$10$stored", "secret123");
        when(target.isPasswordValid("secret123", "$2a$10$stored", customer)).thenReturn(true);
        recordUnencodedAtSave();

        wrapped.saveCustomer(customer);

        assertNull(unencodedAtSave.get(), "Broadleaf's save gets no password to hash");
    }

    @Test
    void aNewPasswordIsHashedAsBefore() {
        Customer customer = customer("$2a$10$stored", "another456");
        when(target.isPasswordValid("another456", "$2a$10$stored", customer)).thenReturn(false);
        recordUnencodedAtSave();

        wrapped.saveCustomer(customer, false);

        assertEquals("another456", unencodedAtSave.get());
    }

    @Test
    void aCustomerWithoutStoredPasswordIsLeftAlone() {
        Customer customer = customer(null, "secret123");
        recordUnencodedAtSave();

        wrapped.saveCustomer(customer);

        assertEquals("secret123", unencodedAtSave.get());
    }

    @Test
    void otherBeansAreNotWrapped() {
        assertSame(target, new StablePasswordSaves().postProcessAfterInitialization(target, "somethingElse"));
    }

    private void recordUnencodedAtSave() {
        when(target.saveCustomer(any(Customer.class))).thenAnswer(call -> {
            unencodedAtSave.set(call.<Customer>getArgument(0).getUnencodedPassword());
            return call.getArgument(0);
        });
        when(target.saveCustomer(any(Customer.class), any(Boolean.class))).thenAnswer(call -> {
            unencodedAtSave.set(call.<Customer>getArgument(0).getUnencodedPassword());
            return call.getArgument(0);
        });
    }

    private static Customer customer(String stored, String unencoded) {
        Customer customer = new CustomerImpl();
        customer.setPassword(stored);
        customer.setUnencodedPassword(unencoded);
        return customer;
    }
}
