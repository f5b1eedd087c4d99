package io.custmgr.group.service;

import io.custmgr.group.domain.CustomerGroup;
import io.custmgr.group.domain.CustomerGroupImpl;
import io.custmgr.group.domain.GroupedCustomer;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.PersistenceException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Groups, their name rules and memberships, against the real schema; every test is rolled back. */
@BroadleafIntegrationTest
@Transactional
class CustomerGroupIT {

    @Resource(name = "cmCustomerGroupService")
    CustomerGroupService groupService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void groupIsSavedWithNameTrimmedAndDescription() {
        CustomerGroup saved = newGroup("  Wholesale  ", "Trade buyers with invoice terms");
        em.clear();

        CustomerGroup reloaded = groupService.findGroupById(saved.getId());
        assertEquals("Wholesale", reloaded.getName());
        assertEquals("Trade buyers with invoice terms", reloaded.getDescription());
        assertEquals("wholesale", em.createNativeQuery("SELECT NAME_KEY FROM CM_CUSTOMER_GROUP "
                + "WHERE CUSTOMER_GROUP_ID = ?").setParameter(1, saved.getId()).getSingleResult());
        assertEquals(saved.getId(), groupService.findGroupByName(" WHOLESALE").getId());
    }

    @Test
    void nameTakenByAnotherGroupInAnyCaseIsRefused() {
        newGroup("VIP", null);

        InvalidCustomerGroupException refused = assertThrows(InvalidCustomerGroupException.class,
                () -> newGroup(" vip ", null));

        assertEquals(InvalidCustomerGroupException.NAME_TAKEN, refused.getMessageKey());
        assertEquals(1, groupService.findAllGroups().stream().filter(g -> g.getName().equalsIgnoreCase("vip"))
                .count());
    }

    @Test
    void aGroupMayChangeTheCaseOfItsOwnName() {
        CustomerGroup group = newGroup("Staff", null);

        group.setName("STAFF");
        CustomerGroup renamed = groupService.saveGroup(group);

        assertEquals("STAFF", renamed.getName());
        assertNull(groupService.checkName("staff", group.getId()));
        assertEquals(InvalidCustomerGroupException.NAME_TAKEN, groupService.checkName("staff", null));
    }

    @Test
    void blankAndOversizedNamesAreRefused() {
        String longest = repeat('n', CustomerGroup.NAME_LENGTH);
        assertEquals(InvalidCustomerGroupException.NAME_REQUIRED, groupService.checkName(null, null));
        assertEquals(InvalidCustomerGroupException.NAME_REQUIRED, groupService.checkName("   ", null));
        assertEquals(InvalidCustomerGroupException.NAME_TOO_LONG, groupService.checkName(longest + "n", null));
        assertEquals(InvalidCustomerGroupException.NAME_REQUIRED,
                assertThrows(InvalidCustomerGroupException.class, () -> newGroup(" ", null)).getMessageKey());
        assertEquals(longest, newGroup(longest, null).getName(), "exactly the limit fits the column");
    }

    @Test
    void theDatabaseRefusesASecondGroupWithTheSameNameEvenPastTheService() {
        newGroup("Resellers", null);
        CustomerGroup sneaky = groupService.createGroup();
        sneaky.setName("RESELLERS");

        em.persist(sneaky);
        assertThrows(PersistenceException.class, () -> em.flush());
    }

    @Test
    void membershipSavedWithTheCustomerLoadsBackOnBothSides() throws Exception {
        CustomerGroup vip = newGroup("VIP", null);
        CustomerGroup staff = newGroup("Staff", null);
        Customer customer = newCustomer("member@example.com");
        assertInstanceOf(GroupedCustomer.class, customer,
                "CustomerImpl was not transformed: is the JVM running with the spring-instrument agent?");
        ((GroupedCustomer) customer).getCustomerGroups().add(vip);
        ((GroupedCustomer) customer).getCustomerGroups().add(staff);
        Long id = customerService.saveCustomer(customer).getId();
        em.flush();
        em.clear();

        Set<CustomerGroup> loaded = ((GroupedCustomer) customerService.readCustomerById(id)).getCustomerGroups();
        assertEquals(new HashSet<Long>(Arrays.asList(vip.getId(), staff.getId())), ids(loaded));
        assertEquals(Arrays.asList("Staff", "VIP"), names(groupService.findGroupsOfCustomer(id)));
        assertTrue(groupService.isMember(id, vip.getId()));
        assertEquals(2, count("CM_CUSTOMER_GROUP_MEMBER WHERE CUSTOMER_ID = ?", id));

        // and the group's side, which the admin's lookup on the customer form writes through
        CustomerGroupImpl reloadedVip = em.find(CustomerGroupImpl.class, vip.getId());
        membersOf(reloadedVip).remove(em.find(CustomerImpl.class, id));
        em.flush();
        em.clear();
        assertEquals(Collections.singletonList("Staff"), names(groupService.findGroupsOfCustomer(id)));
    }

    @Test
    void theAdminsLookupAddsAMemberThroughTheGroupsSide() throws Exception {
        CustomerGroup vip = newGroup("VIP", null);
        Long id = customerService.saveCustomer(newCustomer("looked.up@example.com")).getId();
        em.flush();
        em.clear();

        membersOf(em.find(CustomerGroupImpl.class, vip.getId())).add(em.find(CustomerImpl.class, id));
        em.flush();
        em.clear();

        assertEquals(Collections.singleton(vip.getId()),
                ids(((GroupedCustomer) customerService.readCustomerById(id)).getCustomerGroups()));
    }

    @Test
    void membersAreAddedAndRemovedSetBasedAndOnlyOnce() {
        CustomerGroup group = newGroup("Wholesale", null);
        Long a = saved("a@example.com");
        Long b = saved("b@example.com");
        Long c = saved("c@example.com");

        assertEquals(2, groupService.addMembers(group.getId(), Arrays.asList(a, b)));
        assertEquals(1, groupService.addMembers(group.getId(), Arrays.asList(a, b, c, -424242L)),
                "members already in the group and unknown customers are skipped");
        assertEquals(3, groupService.countMembers(group.getId()));
        assertEquals(Arrays.asList(a, b), groupService.findMemberIds(group.getId(), 0, 2));
        assertEquals(Collections.singletonList(c), groupService.findMemberIds(group.getId(), 2, 2));

        Map<Long, Set<Long>> byCustomer = groupService.findGroupIdsByCustomer(Arrays.asList(a, b, c, -1L));
        assertEquals(3, byCustomer.size());
        assertEquals(Collections.singleton(group.getId()), byCustomer.get(c));

        assertEquals(2, groupService.removeMembers(group.getId(), Arrays.asList(a, c)));
        assertEquals(Collections.singletonList(b), groupService.findMemberIds(group.getId(), 0, 10));
        assertFalse(groupService.isMember(a, group.getId()));
    }

    @Test
    void moreCustomersThanOneStatementHoldsAreAddedInChunks() {
        CustomerGroup group = newGroup("Everyone", null);
        List<Long> ids = em.createQuery("SELECT c.id FROM " + CustomerImpl.class.getName() + " c", Long.class)
                .getResultList();
        List<Long> many = new ArrayList<Long>(ids);
        for (long fake = -1; many.size() < 1200; fake--) {
            many.add(fake); // unknown ids cost nothing and are skipped
        }
        many.add(saved("chunked@example.com"));

        int added = groupService.addMembers(group.getId(), many);

        assertEquals(ids.size() + 1, added);
        assertEquals(ids.size() + 1, groupService.countMembers(group.getId()));
    }

    @Test
    void deletingAGroupRemovesItsMembershipsAndNothingElse() {
        CustomerGroup doomed = newGroup("Doomed", null);
        CustomerGroup kept = newGroup("Kept", null);
        Long a = saved("doomed.a@example.com");
        Long b = saved("doomed.b@example.com");
        groupService.addMembers(doomed.getId(), Arrays.asList(a, b));
        groupService.addMembers(kept.getId(), Collections.singletonList(a));
        em.clear();
        assertEquals(2L, memberCountShown(doomed.getId()), "what the admin's group list shows before the delete");
        assertEquals(1L, memberCountShown(kept.getId()));

        assertEquals(2, groupService.deleteGroup(doomed.getId()));
        em.clear();

        assertNull(groupService.findGroupById(doomed.getId()));
        assertEquals(0, count("CM_CUSTOMER_GROUP_MEMBER WHERE CUSTOMER_GROUP_ID = ?", doomed.getId()));
        assertEquals(Collections.singletonList(a), groupService.findMemberIds(kept.getId(), 0, 10));
        assertNotNull(customerService.readCustomerById(b), "the members themselves stay");
        assertEquals(0, groupService.deleteGroup(doomed.getId()), "deleting again finds nothing");
    }

    @Test
    void removingTheGroupEntityAsTheAdminsDeleteDoesAlsoRemovesItsMemberships() {
        CustomerGroup doomed = newGroup("Doomed by admin", null);
        Long a = saved("admin.delete@example.com");
        groupService.addMembers(doomed.getId(), Collections.singletonList(a));
        em.clear();

        em.remove(em.find(CustomerGroupImpl.class, doomed.getId()));
        em.flush();

        assertEquals(0, count("CM_CUSTOMER_GROUP_MEMBER WHERE CUSTOMER_ID = ?", a));
    }

    @Test
    void movingMembershipsMergesThemIntoTheOtherAccount() {
        CustomerGroup vip = newGroup("VIP", null);
        CustomerGroup staff = newGroup("Staff", null);
        Long from = saved("merged.from@example.com");
        Long to = saved("merged.to@example.com");
        groupService.addMembers(vip.getId(), Arrays.asList(from, to));
        groupService.addMembers(staff.getId(), Collections.singletonList(from));

        assertEquals(1, groupService.moveMemberships(from, to));

        assertEquals(Arrays.asList("Staff", "VIP"), names(groupService.findGroupsOfCustomer(to)));
        assertTrue(groupService.findGroupsOfCustomer(from).isEmpty());
    }

    private CustomerGroup newGroup(String name, String description) {
        CustomerGroup group = groupService.createGroup();
        group.setName(name);
        group.setDescription(description);
        return groupService.saveGroup(group);
    }

    /** The group list's member count column (a formula): what the admin reads through JPA. */
    private long memberCountShown(Long groupId) {
        return em.createQuery("SELECT g.memberCount FROM " + CustomerGroupImpl.class.getName() + " g WHERE g.id = :id",
                Long.class).setParameter("id", groupId).getSingleResult();
    }

    private Long saved(String email) {
        Long id = customerService.saveCustomer(newCustomer(email)).getId();
        em.flush();
        return id;
    }

    private Customer newCustomer(String email) {
        Customer customer = customerService.createCustomer();
        customer.setEmailAddress(email);
        customer.setUsername(email);
        return customer;
    }

    private int count(String tableAndCondition, Object arg) {
        em.flush();
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + tableAndCondition).setParameter(1, arg)
                .getSingleResult()).intValue();
    }

    /**
     * The group's side of the membership table, reached as Broadleaf's admin reaches it: by field reflection. (No
     * entity class in a test's signatures: JUnit would load it before Broadleaf's transformers are registered.)
     */
    @SuppressWarnings("unchecked")
    private static Set<Customer> membersOf(Object group) throws ReflectiveOperationException {
        java.lang.reflect.Field members = CustomerGroupImpl.class.getDeclaredField("members");
        members.setAccessible(true);
        return (Set<Customer>) members.get(group);
    }

    private static Set<Long> ids(Set<CustomerGroup> groups) {
        Set<Long> ids = new HashSet<Long>();
        for (CustomerGroup group : groups) {
            ids.add(group.getId());
        }
        return ids;
    }

    private static List<String> names(List<CustomerGroup> groups) {
        List<String> names = new ArrayList<String>();
        for (CustomerGroup group : groups) {
            names.add(group.getName());
        }
        return names;
    }

    private static String repeat(char c, int times) {
        char[] chars = new char[times];
        Arrays.fill(chars, c);
        return new String(chars);
    }
}
