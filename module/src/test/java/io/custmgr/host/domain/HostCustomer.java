package io.custmgr.host.domain;

import org.broadleafcommerce.profile.core.domain.Customer;

/** The test host's own customer: Broadleaf's customer plus a loyalty number the host keeps in its own table. */
public interface HostCustomer extends Customer {

    String getLoyaltyNumber();

    void setLoyaltyNumber(String loyaltyNumber);
}
