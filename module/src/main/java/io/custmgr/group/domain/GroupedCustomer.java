package io.custmgr.group.domain;

import java.util.Set;

/**
 * Implemented by the host's {@code CustomerImpl} once the module's class transformer has run
 * ({@link GroupedCustomerTemplate}): the customer's side of the group membership table
 * {@code CM_CUSTOMER_GROUP_MEMBER}. Changes to the set are saved with the customer; for many customers at once use
 * {@code CustomerGroupService}.
 */
public interface GroupedCustomer {

    /** @return the groups the customer belongs to, never null, loaded lazily */
    Set<CustomerGroup> getCustomerGroups();

    void setCustomerGroups(Set<CustomerGroup> groups);
}
