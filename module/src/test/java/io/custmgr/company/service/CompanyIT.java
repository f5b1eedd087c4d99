package io.custmgr.company.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custmgr.audit.domain.CustomerAuditRecord;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailKind;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyRoleImpl;
import io.custmgr.company.type.CompanyPermission;
import io.custmgr.company.type.CompanyStatus;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;

import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import javax.annotation.Resource;

/**
 * Company accounts through cmCompanyService on a committed database: a storefront request approved makes its requester
 * the administrator; names are unique ignoring case until rejected; bad input is refused field by field and changes
 * nothing; members get the default roles, belong to one company and leave an audit trail.
 */
@BroadleafIntegrationTest
class CompanyIT {

    @Resource(name = "cmCompanyService")
    CompanyService companies;

    @Resource(name = "cmCompanyMemberService")
    CompanyMemberService members;

    @Resource(name = "cmCustomerAuditService")
    CustomerAuditService auditService;

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
    void anApprovedRequestMakesItsRequesterTheAdministratorOfTheRootUnit() {
        long ann = fixture.shopper("ann");
        long pendingBefore = companies.countPendingRequests();
        Company requested = fixture.track(companies.requestCompany(ann, new CompanyDraft("  Acme " + fixture.token + "  ",
                "Acme Trading Ltd", "GB123", "We buy for 40 shops")));
        assertEquals(CompanyStatus.PENDING, requested.getStatus());
        assertEquals("Acme " + fixture.token, requested.getName(), "trimmed");
        assertEquals(pendingBefore + 1, companies.countPendingRequests(), "the admin's bell");
        assertNull(members.findMembership(ann), "not a member before approval");
        InvalidCompanyException twice = assertThrows(InvalidCompanyException.class,
                () -> companies.requestCompany(ann, new CompanyDraft("Other " + fixture.token, null, null, null)));
        assertEquals(InvalidCompanyException.REQUEST_PENDING, twice.getErrors().get(InvalidCompanyException.GENERAL));

        Company approved = companies.approve(requested.getId());
        assertEquals(CompanyStatus.ACTIVE, approved.getStatus());
        assertEquals(pendingBefore, companies.countPendingRequests());
        List<BusinessUnitImpl> units = companies.findUnits(approved.getId());
        assertEquals(1, units.size());
        assertNull(units.get(0).getParentId());
        List<String> roles = new ArrayList<String>();
        for (CompanyRoleImpl role : companies.findRoles(approved.getId())) {
            roles.add(role.getName() + (role.isDefaultRole() ? "*" : ""));
        }
        assertEquals(Arrays.asList("Administrator", "Approver", "Buyer*"), roles);
        Membership membership = members.findMembership(ann);
        assertEquals(approved.getId(), membership.getCompany().getId());
        assertEquals(Collections.singletonList(units.get(0).getId()), membership.getUnitIds());
        assertEquals(EnumSet.allOf(CompanyPermission.class), membership.getPermissions());
        assertThrows(InvalidCompanyException.class, () -> companies.approve(requested.getId()), "not pending");
        assertTrue(audited(ann, CustomerAuditAction.COMPANY_REQUESTED));
        assertTrue(audited(ann, CustomerAuditAction.COMPANY_ATTACHED));
    }

    @Test
    void namesAreUniqueIgnoringCaseUntilARequestIsRejected() {
        fixture.track(companies.createCompany(new CompanyDraft("Globex " + fixture.token, null, null, "net 30")));
        long bob = fixture.shopper("bob");
        InvalidCompanyException taken = assertThrows(InvalidCompanyException.class, () -> companies.requestCompany(
                bob, new CompanyDraft(" GLOBEX " + fixture.token.toUpperCase() + " ", null, null, null)));
        assertEquals(InvalidCompanyException.NAME_TAKEN, taken.getErrors().get("name"));

        Company zeta = fixture.track(companies.requestCompany(bob, new CompanyDraft("Zeta " + fixture.token, null, null, null)));
        InvalidCompanyException noReason = assertThrows(InvalidCompanyException.class,
                () -> companies.reject(zeta.getId(), "  "));
        assertEquals(InvalidCompanyException.REASON_REQUIRED, noReason.getErrors().get("reason"));
        Company rejected = companies.reject(zeta.getId(), "We could not verify the tax number");
        assertEquals(CompanyStatus.REJECTED, rejected.getStatus());
        assertEquals("We could not verify the tax number", rejected.getDecisionReason());
        assertNull(members.findMembership(bob));

        Company again = fixture.track(companies.requestCompany(bob, new CompanyDraft("zeta " + fixture.token, null, null, null)));
        assertEquals(CompanyStatus.PENDING, again.getStatus(), "a rejected name is free again");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() {
        long cy = fixture.shopper("cy");
        int before = customers.count("CM_COMPANY");
        char[] longName = new char[300];
        Arrays.fill(longName, 'x');
        char[] longMessage = new char[2001];
        Arrays.fill(longMessage, 'm');
        InvalidCompanyException refused = assertThrows(InvalidCompanyException.class, () -> companies.requestCompany(
                cy, new CompanyDraft("   ", new String(longName), "<script>", new String(longMessage))));
        assertEquals(InvalidCompanyException.NAME_REQUIRED, refused.getErrors().get("name"));
        assertEquals(InvalidCompanyException.TOO_LONG, refused.getErrors().get("legalName"));
        assertEquals(InvalidCompanyException.TOO_LONG, refused.getErrors().get("message"));
        assertFalse(refused.getErrors().containsKey("taxNumber"), "markup is text, not an error");
        assertEquals(before, customers.count("CM_COMPANY"));

        long guest = customers.ownerOf(customers.anonymousCart());
        InvalidCompanyException notAShopper = assertThrows(InvalidCompanyException.class,
                () -> companies.requestCompany(guest, new CompanyDraft("Guest " + fixture.token, null, null, null)));
        assertEquals(InvalidCompanyException.NOT_A_SHOPPER,
                notAShopper.getErrors().get(InvalidCompanyException.GENERAL));
    }

    @Test
    void membersGetTheDefaultRolesBelongToOneCompanyAndLeaveATrail() {
        Company initech = fixture.track(companies.createCompany(new CompanyDraft("Initech " + fixture.token, null, null, null)));
        Company other = fixture.track(companies.createCompany(new CompanyDraft("Umbrella " + fixture.token, null, null, null)));
        long root = companies.findUnits(initech.getId()).get(0).getId();
        BusinessUnitImpl sales = companies.addUnit(initech.getId(), root, " Sales ");
        assertEquals("Sales", sales.getName());
        long otherRoot = companies.findUnits(other.getId()).get(0).getId();
        assertThrows(InvalidCompanyException.class, () -> companies.addUnit(initech.getId(), otherRoot, "Spies"));
        long dee = fixture.shopper("dee");

        members.attach(initech.getId(), dee, Collections.singletonList(sales.getId()), null);
        Membership buyer = members.findMembership(dee);
        assertEquals(EnumSet.of(CompanyPermission.PLACE_ORDERS), buyer.getPermissions(), "the default role: Buyer");
        assertEquals(Collections.singletonList(sales.getId()), buyer.getUnitIds());

        InvalidCompanyException elsewhere = assertThrows(InvalidCompanyException.class,
                () -> members.attach(other.getId(), dee, Collections.<Long>emptyList(), null));
        assertEquals(InvalidCompanyException.OTHER_COMPANY, elsewhere.getErrors().get("company"));
        InvalidCompanyException foreignUnit = assertThrows(InvalidCompanyException.class,
                () -> members.attach(initech.getId(), dee, Collections.singletonList(otherRoot), null));
        assertEquals(InvalidCompanyException.UNKNOWN_UNIT, foreignUnit.getErrors().get("units"));
        assertEquals(EnumSet.of(CompanyPermission.PLACE_ORDERS), members.findMembership(dee).getPermissions(),
                "a refused change changed nothing");

        long approver = fixture.role(initech.getId(), CompanyService.APPROVER);
        members.attach(initech.getId(), dee, Collections.<Long>emptyList(), Collections.singletonList(approver));
        assertEquals(EnumSet.of(CompanyPermission.VIEW_UNIT_ORDERS, CompanyPermission.PLACE_ORDERS),
                members.findMembership(dee).getPermissions());
        assertEquals(Collections.singletonList(root), members.findMembership(dee).getUnitIds(), "no unit: the root");

        assertTrue(members.detach(dee));
        assertFalse(members.detach(dee));
        assertNull(members.findMembership(dee));
        assertTrue(audited(dee, CustomerAuditAction.COMPANY_DETACHED));
    }

    @Test
    void theQueueShowsEachRequesterAndTheDecisionIsMailedAfterCommit() throws Exception {
        long eve = fixture.shopper("eve");
        long fay = fixture.shopper("fay");
        Company first = fixture.track(companies.requestCompany(eve, new CompanyDraft("Eve Co " + fixture.token, null, "DE1", "hi")));
        Company second = fixture.track(companies.requestCompany(fay, new CompanyDraft("Fay Co " + fixture.token, null, null, null)));
        List<Long> queued = new ArrayList<Long>();
        for (CompanyRequestView view : companies.findPendingRequestViews(0, 1000)) {
            if (view.getCompanyId() == first.getId()) {
                assertEquals("eve-" + fixture.token + "@example.com", view.getRequesterEmail());
                assertEquals("DE1", view.getTaxNumber());
                assertEquals("hi", view.getMessage());
            }
            queued.add(view.getCompanyId());
        }
        assertTrue(queued.indexOf(first.getId()) >= 0 && queued.indexOf(first.getId()) < queued.indexOf(second.getId()),
                "oldest first: " + queued);

        CompanyServiceImpl target = (CompanyServiceImpl) ((Advised) companies).getTargetSource().getTarget();
        final List<CustomerMail> outbox = new ArrayList<CustomerMail>();
        CustomerMailer real = target.mailer;
        target.mailer = mail -> outbox.add(mail);
        try {
            companies.approve(first.getId());
            companies.reject(second.getId(), "Not a business");
        } finally {
            target.mailer = real;
        }
        assertEquals(2, outbox.size());
        assertEquals("eve-" + fixture.token + "@example.com", outbox.get(0).getTo());
        assertEquals(Boolean.TRUE, outbox.get(0).getVariables().get("approved"));
        assertEquals("fay-" + fixture.token + "@example.com", outbox.get(1).getTo());
        assertEquals("Not a business", outbox.get(1).getVariables().get("reason"));
        assertEquals(MailKind.COMPANY.getType(), outbox.get(1).getVariables().get(CustomerMail.KIND_VARIABLE));
        assertEquals(CompanyStatus.REJECTED, companies.findLatestRequest(fay).getStatus());
    }

    @Test
    void anAdministratorInvitesByEmailTheInviteeJoinsByTheLinkAndMembersCanBeRemoved() throws Exception {
        long ann = fixture.shopper("ivy");
        Company company = fixture.track(companies.requestCompany(ann, new CompanyDraft("Ivy Co " + fixture.token, null, null, null)));
        companies.approve(company.getId());
        long jon = fixture.shopper("jon");
        long kay = fixture.shopper("kay");
        Company other = fixture.track(companies.createCompany(new CompanyDraft("Other " + fixture.token, null, null, null)));
        members.attach(other.getId(), kay, Collections.<Long>emptyList(), null);

        CompanyMemberServiceImpl target = (CompanyMemberServiceImpl) ((Advised) members).getTargetSource().getTarget();
        final List<CustomerMail> outbox = new ArrayList<CustomerMail>();
        CustomerMailer real = target.mailer;
        target.mailer = mail -> outbox.add(mail);
        try {
            assertEquals(InvalidCompanyException.NOT_ALLOWED, assertThrows(InvalidCompanyException.class,
                    () -> members.invite(jon, "kay-" + fixture.token + "@example.com", "http://shop/join"))
                    .getErrors().get(InvalidCompanyException.GENERAL), "jon is in no company");
            assertEquals(InvalidCompanyException.OTHER_COMPANY, assertThrows(InvalidCompanyException.class,
                    () -> members.invite(ann, "kay-" + fixture.token + "@example.com", "http://shop/join"))
                    .getErrors().get("email"));
            assertEquals(InvalidCompanyException.NO_SUCH_ACCOUNT, assertThrows(InvalidCompanyException.class,
                    () -> members.invite(ann, "nobody-" + fixture.token + "@example.com", "http://shop/join"))
                    .getErrors().get("email"));
            assertTrue(outbox.isEmpty());

            members.invite(ann, "  JON-" + fixture.token.toUpperCase() + "@EXAMPLE.COM ", "http://shop/join");
        } finally {
            target.mailer = real;
        }
        assertEquals(1, outbox.size());
        assertEquals("jon-" + fixture.token + "@example.com", outbox.get(0).getTo());
        String link = (String) outbox.get(0).getVariables().get("joinUrl");
        assertTrue(link.startsWith("http://shop/join?token="), "a signed link, not logged: the mail has it");
        String invitation = link.substring(link.indexOf("token=") + 6);

        MailedLinkRefusedException wrongShopper = assertThrows(MailedLinkRefusedException.class,
                () -> members.acceptInvitation(invitation, kay));
        assertEquals(other.getId(), members.findMembership(kay).getCompany().getId(), "kay stays where she was");
        assertThrows(MailedLinkRefusedException.class,
                () -> members.acceptInvitation(invitation.substring(0, invitation.length() - 1) + "x", jon));
        Membership joined = members.acceptInvitation(invitation, jon);
        assertEquals(company.getId(), joined.getCompany().getId());
        assertEquals(EnumSet.of(CompanyPermission.PLACE_ORDERS), joined.getPermissions());
        assertThrows(MailedLinkRefusedException.class, () -> members.acceptInvitation(invitation, jon),
                "used once");
        assertEquals(MailedLinkRefusedException.Reason.OTHER_ACCOUNT, wrongShopper.getReason());

        List<String> memberList = new ArrayList<String>();
        for (MemberView member : members.findMembers(company.getId())) {
            memberList.add(member.getEmail() + " " + member.getRoles());
        }
        assertEquals(2, memberList.size());
        assertTrue(memberList.contains("ivy-" + fixture.token + "@example.com Administrator"), memberList.toString());
        assertTrue(memberList.contains("jon-" + fixture.token + "@example.com Buyer"), memberList.toString());

        assertEquals(InvalidCompanyException.NOT_ALLOWED, assertThrows(InvalidCompanyException.class,
                () -> members.removeMember(jon, ann)).getErrors().get(InvalidCompanyException.GENERAL),
                "a buyer cannot remove anyone");
        assertEquals(InvalidCompanyException.LAST_ADMINISTRATOR, assertThrows(InvalidCompanyException.class,
                () -> members.removeMember(ann, ann)).getErrors().get(InvalidCompanyException.GENERAL));
        assertEquals(InvalidCompanyException.NOT_A_MEMBER, assertThrows(InvalidCompanyException.class,
                () -> members.removeMember(ann, kay)).getErrors().get(InvalidCompanyException.GENERAL),
                "another company's member");
        members.removeMember(ann, jon);
        assertNull(members.findMembership(jon));
    }




    private boolean audited(long customerId, CustomerAuditAction action) {
        for (CustomerAuditRecord record : auditService.findRecords(customerId, 0, 50)) {
            if (action.getType().equals(record.getAction())) {
                return true;
            }
        }
        return false;
    }
}
