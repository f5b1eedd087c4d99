package io.custmgr.customer.profile.service;

import io.custmgr.customer.profile.domain.CustomerProfile;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.Date;

/** Reads and checks the module's profile fields on a host customer. */
public interface CustomerProfileService {

    /**
     * @param customer a customer of the host, never null
     * @return its profile, never null (live: changes are saved with the customer)
     * @throws IllegalStateException if the module's class transformer did not run on the host's customer class, which
     *         happens when the JVM was started without the spring-instrument agent
     */
    CustomerProfile findProfile(Customer customer);

    /**
     * @param dateOfBirth may be null (not stated, always acceptable)
     * @param today the day to judge against
     * @return null if acceptable, else the message key of the broken rule
     */
    String checkDateOfBirth(Date dateOfBirth, Date today);
}
