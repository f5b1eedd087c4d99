package io.custmgr.group.dao;

import io.custmgr.group.domain.CustomerGroup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups through JPA, memberships ({@code CM_CUSTOMER_GROUP_MEMBER}) through set-based SQL. Membership writes bypass
 * the persistence context: collections already loaded in it are not updated. Runs in the caller's transaction.
 */
public interface CustomerGroupDao {

    CustomerGroup create();

    CustomerGroup save(CustomerGroup group);

    CustomerGroup readById(Long id);

    /** @param nameKey see {@code CustomerGroupNames.key} */
    CustomerGroup readByNameKey(String nameKey);

    List<CustomerGroup> readAll();

    /** @return group ids per customer id, only for customers in at least one group */
    Map<Long, Set<Long>> readGroupIdsByCustomerIds(Collection<Long> customerIds);

    List<CustomerGroup> readGroupsOfCustomer(Long customerId);

    List<Long> readMemberIds(Long groupId, int firstResult, int maxResults);

    long countMembers(Long groupId);

    /** @return rows added (customers already members, or not existing, are skipped) */
    int insertMembers(Long groupId, Collection<Long> customerIds);

    int deleteMembers(Long groupId, Collection<Long> customerIds);

    /** @return memberships of {@code fromCustomerId} added to {@code toCustomerId} that it did not have yet */
    int copyMemberships(Long fromCustomerId, Long toCustomerId);

    int deleteMembershipsOfCustomer(Long customerId);

    int deleteMembershipsOfGroup(Long groupId);

    /** Removes the group row; its memberships must be gone. */
    void delete(CustomerGroup group);
}
