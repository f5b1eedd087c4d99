package io.custmgr.customer.profile.service;

import io.custmgr.customer.profile.domain.CustomerProfile;
import io.custmgr.customer.profile.domain.ProfiledCustomer;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;

import static io.custmgr.customer.profile.service.CustomerProfileServiceImpl.DOB_IN_FUTURE;
import static io.custmgr.customer.profile.service.CustomerProfileServiceImpl.DOB_TOO_EARLY;
import static io.custmgr.customer.profile.service.CustomerProfileServiceImpl.DOB_TOO_YOUNG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

class CustomerProfileServiceImplTest {

    private final CustomerProfileServiceImpl service = new CustomerProfileServiceImpl();
    private final Date today = day("2026-11-23");

    @BeforeEach
    void defaults() {
        service.earliestBirthYear = 1900;
        service.minimumAgeYears = 0;
    }

    @Test
    void acceptsNoDateOfBirth() {
        assertNull(service.checkDateOfBirth(null, today));
    }

    @Test
    void acceptsTodayAndThePast() {
        assertNull(service.checkDateOfBirth(today, today));
        assertNull(service.checkDateOfBirth(day("1900-01-01"), today));
    }

    @Test
    void rejectsTomorrow() {
        assertEquals(DOB_IN_FUTURE, service.checkDateOfBirth(day("2026-11-24"), today));
    }

    @Test
    void rejectsDatesBeforeTheEarliestYear() {
        assertEquals(DOB_TOO_EARLY, service.checkDateOfBirth(day("1899-12-31"), today));
    }

    @Test
    void rejectsCustomersYoungerThanTheMinimumAge() {
        service.minimumAgeYears = 16;

        assertEquals(DOB_TOO_YOUNG, service.checkDateOfBirth(day("2010-11-24"), today));
        assertNull(service.checkDateOfBirth(day("2010-11-23"), today));
    }

    @Test
    void findsTheProfileOfATransformedCustomer() {
        CustomerProfile profile = new CustomerProfile();
        Customer customer = mock(Customer.class, withSettings().extraInterfaces(ProfiledCustomer.class));
        when(((ProfiledCustomer) customer).getCustomerProfile()).thenReturn(profile);

        assertSame(profile, service.findProfile(customer));
    }

    @Test
    void explainsAMissingTransformation() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> service.findProfile(mock(Customer.class)));

        assertTrue(error.getMessage().contains("spring-instrument"), error.getMessage());
    }

    private static Date day(String isoDate) {
        try {
            return new SimpleDateFormat("yyyy-MM-dd").parse(isoDate);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
