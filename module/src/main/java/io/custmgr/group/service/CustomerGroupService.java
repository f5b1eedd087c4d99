package io.custmgr.group.service;

import io.custmgr.group.domain.CustomerGroup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Customer groups and their members (bean {@code cmCustomerGroupService}). Reads and membership changes are
 * set-based: one statement per 500 customers, never one per customer. Membership writes go straight to the table
 * {@code CM_CUSTOMER_GROUP_MEMBER}, so a customer's group set already loaded in the current persistence context
 * does not show them. Every method joins the caller's transaction or runs in its own.
 */
public interface CustomerGroupService {

    /** @return a new, unsaved group (the class configured for {@link CustomerGroup}) */
    CustomerGroup createGroup();

    /**
     * Checks the name (see {@link #checkName}) and saves.
     *
     * @return the saved group (a new instance when the argument was not managed)
     * @throws InvalidCustomerGroupException when the name is blank, too long or taken by another group
     */
    CustomerGroup saveGroup(CustomerGroup group);

    /**
     * @param exceptGroupId the group being renamed, null for a new one
     * @return null when the name is acceptable, else the message key of the broken rule
     *         ({@link InvalidCustomerGroupException#NAME_REQUIRED}, {@code NAME_TOO_LONG}, {@code NAME_TAKEN})
     */
    String checkName(String name, Long exceptGroupId);

    /** @return the group, or null */
    CustomerGroup findGroupById(Long groupId);

    /** @return the group with this name regardless of case and surrounding spaces, or null */
    CustomerGroup findGroupByName(String name);

    /** @return every group, by name */
    List<CustomerGroup> findAllGroups();

    /** @return the customer's groups by name, empty when none */
    List<CustomerGroup> findGroupsOfCustomer(Long customerId);

    /** @return for each of these customers in at least one group, the ids of its groups; others are absent */
    Map<Long, Set<Long>> findGroupIdsByCustomer(Collection<Long> customerIds);

    boolean isMember(Long customerId, Long groupId);

    /** @return member customer ids in ascending order, one page */
    List<Long> findMemberIds(Long groupId, int firstResult, int maxResults);

    long countMembers(Long groupId);

    /** @return memberships added; customers already in the group and unknown customer ids are skipped */
    int addMembers(Long groupId, Collection<Long> customerIds);

    /** @return memberships removed */
    int removeMembers(Long groupId, Collection<Long> customerIds);

    /**
     * Gives {@code toCustomerId} every group of {@code fromCustomerId} it does not have yet and removes the
     * memberships of {@code fromCustomerId} (account merge).
     *
     * @return memberships added to {@code toCustomerId}
     */
    int moveMemberships(Long fromCustomerId, Long toCustomerId);

    /** Removes the customer from every group, e.g. before the customer row is deleted; @return memberships removed */
    int removeAllMemberships(Long customerId);

    /**
     * Deletes the group and, in the same transaction, its memberships: a membership means nothing without its
     * group. The admin's Delete does the same (Hibernate removes the group's member rows with it).
     *
     * @return memberships removed with it, 0 when the group did not exist
     */
    int deleteGroup(Long groupId);
}
