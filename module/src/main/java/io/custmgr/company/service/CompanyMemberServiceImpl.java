package io.custmgr.company.service;

import io.custmgr.audit.service.AuditActors;
import io.custmgr.audit.type.AdminAuditAction;
import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailAfterCommit;
import io.custmgr.common.mail.MailKind;
import io.custmgr.common.mailedlink.service.MailedLink;
import io.custmgr.common.mailedlink.service.MailedLinkHandler;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.common.mailedlink.service.MailedLinks;
import io.custmgr.company.dao.CompanyDao;
import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyMemberImpl;
import io.custmgr.company.domain.CompanyRoleImpl;
import io.custmgr.company.type.CompanyPermission;
import io.custmgr.company.type.CompanyStatus;
import io.custmgr.customer.account.dao.LoginKeyDao;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;
import javax.persistence.PersistenceException;

public class CompanyMemberServiceImpl implements CompanyMemberService {

    /** Mail template of an invitation, with companyName, inviterName, firstName and joinUrl. */
    public static final String INVITATION_TEMPLATE = "custmgr-company-invitation";

    @Resource(name = "cmCompanyDao")
    protected CompanyDao dao;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService audit;

    @Resource(name = "cmCustomerMailer")
    protected CustomerMailer mailer;

    @Resource(name = "cmMailedLinks")
    protected MailedLinks links;

    @Resource(name = "cmCompanyTrail")
    protected CompanyTrail trail;

    @Resource(name = "cmLoginKeyDao")
    protected LoginKeyDao loginKeys;

    /** Hours an invitation link stays valid. */
    protected int invitationHours = 72;

    public void setInvitationHours(int invitationHours) {
        this.invitationHours = invitationHours;
    }

    @Override
    @Transactional("blTransactionManager")
    public void attach(long companyId, long customerId, Collection<Long> unitIds, Collection<Long> roleIds) {
        Company company = dao.readCompany(companyId);
        if (company == null || !CompanyStatus.ACTIVE.equals(company.getStatus())) {
            throw InvalidCompanyException.of("company", InvalidCompanyException.NOT_ACTIVE);
        }
        if (!dao.isRegisteredCustomer(customerId)) {
            throw InvalidCompanyException.of("customer", InvalidCompanyException.NOT_A_SHOPPER);
        }
        CompanyMemberImpl existing = dao.readMember(customerId);
        if (existing != null && existing.getCompanyId() != companyId) {
            throw InvalidCompanyException.of("company", InvalidCompanyException.OTHER_COMPANY);
        }
        List<Long> units = new ArrayList<Long>();
        for (BusinessUnitImpl unit : dao.readUnits(companyId)) {
            if (unitIds.isEmpty() ? unit.getParentId() == null : unitIds.contains(unit.getId())) {
                units.add(unit.getId());
            }
        }
        List<Long> roles = new ArrayList<Long>();
        for (CompanyRoleImpl role : dao.readRoles(companyId)) {
            if (roleIds == null ? role.isDefaultRole() : roleIds.contains(role.getId())) {
                roles.add(role.getId());
            }
        }
        Map<String, String> errors = new LinkedHashMap<String, String>();
        if (units.size() != Math.max(1, unitIds.size())) {
            errors.put("units", InvalidCompanyException.UNKNOWN_UNIT);
        }
        if (roleIds != null && roles.size() != roleIds.size()) {
            errors.put("roles", InvalidCompanyException.UNKNOWN_ROLE);
        }
        refuseIfAny(errors);
        join(companyId, customerId, units, roles);
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean detach(long customerId) {
        CompanyMemberImpl member = dao.readMember(customerId);
        if (member == null) {
            return false;
        }
        Company company = dao.readCompany(member.getCompanyId());
        dao.deleteMember(member);
        audit.record(CustomerAuditEntry.of(customerId, CustomerAuditAction.COMPANY_DETACHED,
                company == null ? null : company.getName()));
        trail.record(member.getCompanyId(), CompanyMemberImpl.class, customerId, email(customerId),
                AdminAuditAction.DELETED, null);
        return true;
    }

    @Override
    @Transactional("blTransactionManager")
    public void invite(long inviterId, String email, String joinUrl) {
        Membership inviter = findMembership(inviterId);
        if (inviter == null || !inviter.may(CompanyPermission.MANAGE_MEMBERS)) {
            throw InvalidCompanyException.of(InvalidCompanyException.GENERAL, InvalidCompanyException.NOT_ALLOWED);
        }
        String key = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            throw InvalidCompanyException.of("email", InvalidCompanyException.EMAIL_REQUIRED);
        }
        if (key.length() > 255) {
            throw InvalidCompanyException.of("email", InvalidCompanyException.TOO_LONG);
        }
        Long invitee = loginKeys.readMatch(key).getCustomerId();
        if (invitee == null || !dao.isRegisteredCustomer(invitee)) {
            throw InvalidCompanyException.of("email", InvalidCompanyException.NO_SUCH_ACCOUNT);
        }
        CompanyMemberImpl existing = dao.readMember(invitee);
        if (existing != null) {
            throw InvalidCompanyException.of("email", existing.getCompanyId().equals(inviter.getCompany().getId())
                    ? InvalidCompanyException.ALREADY_MEMBER : InvalidCompanyException.OTHER_COMPANY);
        }
        Company company = inviter.getCompany();
        String link = links.issue(INVITATION, joinUrl, invitee, company.getId(), String.valueOf(inviterId),
                invitationHours);
        String[] inviterContact = dao.readContact(inviterId);
        String[] inviteeContact = dao.readContact(invitee);
        CustomerMail mail = new CustomerMail(inviteeContact[0], INVITATION_TEMPLATE,
                "Join " + company.getName() + " on our shop")
                .with("firstName", inviteeContact[1])
                .with("companyName", company.getName())
                .with("inviterName", inviterContact[1] == null ? inviterContact[0] : inviterContact[1])
                .with("joinUrl", link)
                .about(MailKind.COMPANY, invitee);
        MailAfterCommit.send(mailer, mail, "Company invitation");
    }

    @Override
    @Transactional("blTransactionManager")
    public Membership acceptInvitation(String token, final long signedInCustomerId) {
        return links.consume(INVITATION, token, signedInCustomerId, new MailedLinkHandler<Membership>() {
            @Override
            public Membership apply(MailedLink link) {
                try {
                    attach(link.getSubjectId(), signedInCustomerId, Collections.<Long>emptyList(), null);
                } catch (InvalidCompanyException e) {
                    throw MailedLinkRefusedException.refused(e.getErrors().values().iterator().next());
                }
                return findMembership(signedInCustomerId);
            }
        });
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<MemberView> findMembers(long companyId) {
        return dao.readMembers(companyId);
    }

    @Override
    @Transactional("blTransactionManager")
    public void removeMember(long administratorId, long memberId) {
        Membership member = managedMember(administratorId, memberId);
        if (member.may(CompanyPermission.MANAGE_MEMBERS)) {
            refuseLastAdministrator(member.getCompany().getId());
        }
        detach(memberId);
    }

    @Override
    @Transactional("blTransactionManager")
    public void changeMember(long administratorId, long memberId, Collection<Long> unitIds,
            Collection<Long> roleIds) {
        Membership member = managedMember(administratorId, memberId);
        long companyId = member.getCompany().getId();
        if (roleIds == null || roleIds.isEmpty()) {
            throw InvalidCompanyException.of("roles", InvalidCompanyException.ROLE_REQUIRED);
        }
        boolean keepsManaging = false;
        for (CompanyRoleImpl role : dao.readRoles(companyId)) {
            keepsManaging |= roleIds.contains(role.getId())
                    && role.getPermissions().contains(CompanyPermission.MANAGE_MEMBERS);
        }
        if (member.may(CompanyPermission.MANAGE_MEMBERS) && !keepsManaging) {
            refuseLastAdministrator(companyId);
        }
        attach(companyId, memberId, unitIds, roleIds);
    }

    /** @return the member, of the company the administrator may manage the members of */
    private Membership managedMember(long administratorId, long memberId) {
        Membership administrator = findMembership(administratorId);
        if (administrator == null || !administrator.may(CompanyPermission.MANAGE_MEMBERS)) {
            throw InvalidCompanyException.of(InvalidCompanyException.GENERAL, InvalidCompanyException.NOT_ALLOWED);
        }
        Membership member = findMembership(memberId);
        if (member == null || !member.getCompany().getId().equals(administrator.getCompany().getId())) {
            throw InvalidCompanyException.of(InvalidCompanyException.GENERAL, InvalidCompanyException.NOT_A_MEMBER);
        }
        return member;
    }

    private void refuseLastAdministrator(long companyId) {
        if (dao.countMembersWithPermission(companyId, CompanyPermission.MANAGE_MEMBERS.name()) <= 1) {
            throw InvalidCompanyException.of(InvalidCompanyException.GENERAL,
                    InvalidCompanyException.LAST_ADMINISTRATOR);
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Membership findMembership(long customerId) {
        CompanyMemberImpl member = dao.readMember(customerId);
        if (member == null) {
            return null;
        }
        Company company = dao.readCompany(member.getCompanyId());
        Set<CompanyPermission> permissions = EnumSet.noneOf(CompanyPermission.class);
        if (CompanyStatus.ACTIVE.equals(company.getStatus())) {
            for (CompanyRoleImpl role : dao.readRoles(company.getId())) {
                if (member.getRoleIds().contains(role.getId())) {
                    permissions.addAll(role.getPermissions());
                }
            }
        }
        return new Membership(customerId, company, new ArrayList<Long>(member.getUnitIds()),
                new ArrayList<Long>(member.getRoleIds()), permissions);
    }

    private void join(long companyId, long customerId, List<Long> units, List<Long> roles) {
        CompanyMemberImpl member = dao.readMember(customerId);
        if (member == null) {
            member = new CompanyMemberImpl();
            member.setCustomerId(customerId);
            member.setCompanyId(companyId);
            member.setJoinedDate(new Date());
            member.setAddedBy(AuditActors.currentName());
        }
        member.getUnitIds().clear();
        member.getUnitIds().addAll(units);
        member.getRoleIds().clear();
        member.getRoleIds().addAll(roles);
        try {
            dao.saveMember(member);
        } catch (DataIntegrityViolationException | PersistenceException e) {
            // another request made the customer a member meanwhile (the membership is keyed by customer)
            throw InvalidCompanyException.of("company", InvalidCompanyException.OTHER_COMPANY);
        }
        StringBuilder detail = new StringBuilder(dao.readCompany(companyId).getName()).append(": ");
        for (CompanyRoleImpl role : dao.readRoles(companyId)) {
            if (roles.contains(role.getId())) {
                detail.append(role.getName()).append(", ");
            }
        }
        detail.append(units.size()).append(units.size() == 1 ? " unit" : " units");
        audit.record(CustomerAuditEntry.of(customerId, CustomerAuditAction.COMPANY_ATTACHED, detail.toString()));
        trail.record(companyId, CompanyMemberImpl.class, customerId, email(customerId), AdminAuditAction.UPDATED,
                "membership: " + detail);
    }

    private String email(long customerId) {
        String[] contact = dao.readContact(customerId);
        return contact == null ? null : contact[0];
    }


    private static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidCompanyException(errors);
        }
    }
}
