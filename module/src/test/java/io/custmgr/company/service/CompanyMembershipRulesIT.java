package io.custmgr.company.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custmgr.accountaudit.dao.AuditedAccountRow;
import io.custmgr.accountaudit.service.AccountAuditService;
import io.custmgr.accountaudit.service.AccountCleanupReports;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.ActivityCriterion;
import io.custmgr.company.domain.Company;
import io.custmgr.customer.deletion.type.KeepRule;
import io.custmgr.merge.service.CustomerMergeService;
import io.custmgr.merge.service.FieldConflict;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeRefusedException;
import io.custmgr.merge.service.MergeRequest;
import io.custmgr.merge.service.MergeSide;
import io.custmgr.merge.step.CompanyMergeStep;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;

import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import javax.annotation.Resource;

/**
 * Company accounts with what existed before them: a merge of two members of different companies is refused until the
 * merchant picks one, then moves that membership; in the same company units and roles are joined; company orders name
 * the survivor. The account audit never calls a member unused and the cleanup keeps a member who joined afterwards.
 */
@BroadleafIntegrationTest
class CompanyMembershipRulesIT {

    @Resource(name = "cmCompanyService")
    CompanyService companies;

    @Resource(name = "cmCompanyMemberService")
    CompanyMemberService members;

    @Resource(name = "cmCompanyAdminService")
    CompanyAdminService companyAdmin;

    @Resource(name = "cmCustomerMergeService")
    CustomerMergeService mergeService;

    @Resource(name = "cmAccountAuditService")
    AccountAuditService auditService;

    @Resource(name = "cmAccountCleanupReports")
    AccountCleanupReports cleanupReports;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;
    CompanyFixture fixture;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        fixture = new CompanyFixture(companies, customers);
    }

    @AfterEach
    void cleanUp() {
        fixture.deleteAll();
    }

    @Test
    void membersOfTwoCompaniesMergeOnlyOnceTheMerchantPicksTheCompany() {
        Company acme = fixture.company("Acme");
        Company initech = fixture.company("Initech");
        long ann = fixture.shopper("ann");
        long bob = fixture.shopper("bob");
        members.attach(acme.getId(), ann, Collections.<Long>emptyList(), null);
        members.attach(initech.getId(), bob, Collections.<Long>emptyList(), null);
        long placed = companyOrder(initech.getId(), bob);

        List<FieldConflict> conflicts = mergeService.preview(ann, bob).getConflicts();
        FieldConflict company = conflict(conflicts);
        assertTrue(company.isChoiceRequired());
        assertEquals(acme.getName(), company.getSurvivorValue());
        assertEquals(initech.getName(), company.getAbsorbedValue());

        MergeRefusedException refused = assertThrows(MergeRefusedException.class, () -> mergeService.merge(
                new MergeRequest(ann, bob, MergeChoices.SURVIVOR_WINS, fixture.email("bob"))));
        assertEquals(MergeRefusedException.Reason.CHOICE_REQUIRED, refused.getReason());
        assertTrue(refused.getMessage().contains(initech.getName()), refused.getMessage());
        assertEquals(initech.getId(), members.findMembership(bob).getCompany().getId(), "nothing changed");

        mergeService.merge(new MergeRequest(ann, bob, new MergeChoices(Collections.singletonMap(
                CompanyMergeStep.KEY, MergeSide.ABSORBED)), fixture.email("bob")));

        assertEquals(initech.getId(), members.findMembership(ann).getCompany().getId(), "the picked company");
        assertNull(members.findMembership(bob));
        assertEquals(Long.valueOf(ann), customers.jdbc().queryForObject(
                "SELECT CUSTOMER_ID FROM CM_COMPANY_ORDER WHERE ORDER_ID = ?", Long.class, placed));
        for (MemberView member : members.findMembers(acme.getId())) {
            assertTrue(member.getCustomerId() != ann, "left the company not picked");
        }
    }

    @Test
    void inTheSameCompanyTheSurvivorGainsTheUnitsAndRolesItLacks() {
        Company acme = fixture.company("Acme");
        long root = companies.findUnits(acme.getId()).get(0).getId();
        long sales = companies.addUnit(acme.getId(), root, "Sales").getId();
        long ann = fixture.shopper("ann");
        long bob = fixture.shopper("bob");
        long carl = fixture.shopper("carl");
        members.attach(acme.getId(), ann, Arrays.asList(root), Arrays.asList(fixture.role(acme.getId(), CompanyService.BUYER)));
        members.attach(acme.getId(), bob, Arrays.asList(sales), Arrays.asList(fixture.role(acme.getId(), CompanyService.APPROVER),
                fixture.role(acme.getId(), CompanyService.BUYER)));

        assertTrue(mergeService.preview(ann, bob).getConflicts().isEmpty());
        mergeService.merge(new MergeRequest(ann, bob, MergeChoices.SURVIVOR_WINS, fixture.email("bob")));

        Membership merged = members.findMembership(ann);
        assertEquals(new HashSet<Long>(Arrays.asList(root, sales)), new HashSet<Long>(merged.getUnitIds()));
        assertEquals(new HashSet<Long>(Arrays.asList(fixture.role(acme.getId(), CompanyService.APPROVER),
                fixture.role(acme.getId(), CompanyService.BUYER))), new HashSet<Long>(merged.getRoleIds()));
        assertNull(members.findMembership(bob));

        // a survivor in no company takes the absorbed customer's membership as it is
        mergeService.merge(new MergeRequest(carl, ann, MergeChoices.SURVIVOR_WINS, fixture.email("ann")));
        assertEquals(new HashSet<Long>(Arrays.asList(root, sales)),
                new HashSet<Long>(members.findMembership(carl).getUnitIds()));
    }

    @Test
    void theAccountAuditNeverCallsAMemberUnusedAndTheCleanupKeepsOneWhoJoinedSince() {
        Company acme = fixture.company("Acme");
        long member = fixture.shopper("dee");
        long joinsLater = fixture.shopper("eve");
        members.attach(acme.getId(), member, Collections.<Long>emptyList(), null);

        auditService.runAudit("test");

        assertTrue(isUnused(joinsLater));
        assertTrue(!isUnused(member), "a company member is active");
        members.attach(acme.getId(), joinsLater, Collections.<Long>emptyList(), null);
        assertEquals(Integer.valueOf(1), cleanupReports.preview(AccountClass.UNUSED,
                Collections.singletonList(joinsLater)).getKept().get(KeepRule.COMPANY_MEMBER));
        assertTrue(Arrays.asList(ActivityCriterion.values()).contains(ActivityCriterion.COMPANY));
    }

    @Test
    void anAdministratorChangesRolesAndUnitsButTheCompanyKeepsAnAdministrator() {
        Company acme = fixture.company("Acme");
        long root = companies.findUnits(acme.getId()).get(0).getId();
        long east = companies.addUnit(acme.getId(), root, "East").getId();
        long administrator = fixture.role(acme.getId(), CompanyService.ADMINISTRATOR);
        long buyer = fixture.role(acme.getId(), CompanyService.BUYER);
        long approver = fixture.role(acme.getId(), CompanyService.APPROVER);
        long ann = fixture.shopper("ann");
        long bob = fixture.shopper("bob");
        long eve = fixture.shopper("eve");
        members.attach(acme.getId(), ann, Collections.<Long>emptyList(), Arrays.asList(administrator));
        members.attach(acme.getId(), bob, Collections.<Long>emptyList(), null);
        members.attach(fixture.company("Other").getId(), eve, Collections.<Long>emptyList(), null);

        members.changeMember(ann, bob, Arrays.asList(east), Arrays.asList(approver, buyer));
        Membership changed = members.findMembership(bob);
        assertEquals(Arrays.asList(east), changed.getUnitIds());
        assertEquals(new HashSet<Long>(Arrays.asList(approver, buyer)), new HashSet<Long>(changed.getRoleIds()));
        MemberView listed = members.findMembers(acme.getId()).stream().filter(m -> m.getCustomerId() == bob)
                .findFirst().orElseThrow(AssertionError::new);
        assertEquals(Arrays.asList(east), listed.getUnitIds());

        assertEquals(InvalidCompanyException.NOT_ALLOWED, refusal(() -> members.changeMember(bob, ann,
                Collections.<Long>emptyList(), Arrays.asList(buyer))), "a buyer tries an administrator action");
        assertEquals(InvalidCompanyException.LAST_ADMINISTRATOR, refusal(() -> members.changeMember(ann, ann,
                Collections.<Long>emptyList(), Arrays.asList(buyer))));
        assertEquals(InvalidCompanyException.NOT_A_MEMBER, refusal(() -> members.changeMember(ann, eve,
                Collections.<Long>emptyList(), Arrays.asList(buyer))), "another company's member");
        assertEquals(InvalidCompanyException.ROLE_REQUIRED, refusal(() -> members.changeMember(ann, bob,
                Collections.<Long>emptyList(), Collections.<Long>emptyList())));
        assertEquals(InvalidCompanyException.UNKNOWN_ROLE, refusal(() -> members.changeMember(ann, bob,
                Collections.<Long>emptyList(), Arrays.asList(fixture.role(members.findMembership(eve).getCompany()
                        .getId(), CompanyService.BUYER)))), "another company's role");
        assertEquals(new HashSet<Long>(Arrays.asList(approver, buyer)),
                new HashSet<Long>(members.findMembership(bob).getRoleIds()), "nothing changed");

        members.changeMember(ann, bob, Collections.<Long>emptyList(), Arrays.asList(administrator));
        members.changeMember(ann, ann, Collections.<Long>emptyList(), Arrays.asList(buyer));
        assertEquals(Arrays.asList(buyer), members.findMembership(ann).getRoleIds(), "bob administers now");
    }

    @Test
    void theMerchantPicksTheDefaultRolesANewMemberGets() {
        Company acme = fixture.company("Acme");
        long buyer = fixture.role(acme.getId(), CompanyService.BUYER);
        long approver = fixture.role(acme.getId(), CompanyService.APPROVER);
        long otherRole = fixture.role(fixture.company("Other").getId(), CompanyService.BUYER);
        assertEquals(InvalidCompanyException.ROLE_REQUIRED, refusal(() -> companyAdmin.setDefaultRoles(acme.getId(),
                Collections.<Long>emptyList())));
        assertEquals(InvalidCompanyException.UNKNOWN_ROLE, refusal(() -> companyAdmin.setDefaultRoles(acme.getId(),
                Arrays.asList(approver, otherRole))));

        companyAdmin.setDefaultRoles(acme.getId(), Arrays.asList(approver));
        long ann = fixture.shopper("ann");
        members.attach(acme.getId(), ann, Collections.<Long>emptyList(), null);
        assertEquals(Arrays.asList(approver), members.findMembership(ann).getRoleIds(), "not the buyer role " + buyer);
    }

    private static String refusal(Runnable action) {
        InvalidCompanyException refused = assertThrows(InvalidCompanyException.class, action::run);
        return refused.getErrors().values().iterator().next();
    }

    private boolean isUnused(long customerId) {
        long count = auditService.countAccounts(AccountClass.UNUSED);
        for (int page = 0; page * 500 < count; page++) {
            for (AuditedAccountRow row : auditService.findAccounts(AccountClass.UNUSED, page, 500)) {
                if (row.getCustomerId() == customerId) {
                    return true;
                }
            }
        }
        return false;
    }

    private static FieldConflict conflict(List<FieldConflict> conflicts) {
        for (FieldConflict conflict : conflicts) {
            if (CompanyMergeStep.KEY.equals(conflict.getKey())) {
                return conflict;
            }
        }
        throw new AssertionError("no company conflict in " + conflicts);
    }

    private long companyOrder(long companyId, long customerId) {
        long orderId = customers.inTransaction(status -> orderService.createNewCartForCustomer(
                customerService.readCustomerById(customerId)).getId());
        customers.jdbc().update("UPDATE BLC_ORDER SET ORDER_STATUS = 'SUBMITTED' WHERE ORDER_ID = ?", orderId);
        customers.jdbc().update("INSERT INTO CM_COMPANY_ORDER (ORDER_ID, COMPANY_ID, CUSTOMER_ID, PLACED_DATE)"
                + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)", orderId, companyId, customerId);
        return orderId;
    }




}
