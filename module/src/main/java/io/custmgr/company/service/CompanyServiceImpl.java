package io.custmgr.company.service;

import io.custmgr.audit.service.AuditActors;
import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.AdminAuditAction;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailAfterCommit;
import io.custmgr.common.mail.MailKind;
import io.custmgr.company.dao.CompanyDao;
import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyImpl;
import io.custmgr.company.domain.CompanyRoleImpl;
import io.custmgr.company.type.CompanyPermission;
import io.custmgr.company.type.CompanyStatus;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;
import javax.persistence.PersistenceException;

public class CompanyServiceImpl implements CompanyService {

    @Resource(name = "cmCompanyDao")
    protected CompanyDao dao;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService audit;

    @Resource(name = "cmCompanyTrail")
    protected CompanyTrail trail;

    @Resource(name = "cmCustomerMailer")
    protected CustomerMailer mailer;

    @Resource(name = "cmCompanyMemberService")
    protected CompanyMemberService members;

    /** Mail template of the requester's notice of a decision, with companyName, approved, reason, firstName. */
    public static final String DECISION_TEMPLATE = "custmgr-company-decision";

    @Override
    @Transactional("blTransactionManager")
    public Company requestCompany(long customerId, CompanyDraft draft) {
        Map<String, String> errors = CompanyChecks.check(draft, null, "message", dao);
        if (!dao.isRegisteredCustomer(customerId)) {
            errors.put(InvalidCompanyException.GENERAL, InvalidCompanyException.NOT_A_SHOPPER);
        } else if (dao.readMember(customerId) != null) {
            errors.put(InvalidCompanyException.GENERAL, InvalidCompanyException.ALREADY_MEMBER);
        } else if (dao.countPendingRequestsBy(customerId) > 0) {
            errors.put(InvalidCompanyException.GENERAL, InvalidCompanyException.REQUEST_PENDING);
        }
        CompanyChecks.refuseIfAny(errors);
        Company company = newCompany(draft, CompanyStatus.PENDING);
        company.setRequestMessage(draft.getMessage());
        company.setRequestedBy(customerId);
        company = saveNew(company);
        audit.record(CustomerAuditEntry.of(customerId, CustomerAuditAction.COMPANY_REQUESTED, company.getName()));
        trail.record(company.getId(), CompanyImpl.class, company.getId(), company.getName(), AdminAuditAction.CREATED,
                "requested by: " + customerId);
        return company;
    }

    @Override
    @Transactional("blTransactionManager")
    public Company createCompany(CompanyDraft draft) {
        CompanyChecks.refuseIfAny(CompanyChecks.check(draft, null, "message", dao));
        Company company = newCompany(draft, CompanyStatus.ACTIVE);
        company.setPurchaseNote(draft.getMessage());
        company.setCreatedBy(AuditActors.currentName());
        company = saveNew(company);
        setUp(company);
        return company;
    }

    @Override
    @Transactional("blTransactionManager")
    public Company approve(long companyId) {
        Company company = pending(companyId);
        company.setStatus(CompanyStatus.ACTIVE);
        decided(company, null);
        company = dao.save(company);
        long[] rootAndAdministrator = setUp(company);
        Long requester = company.getRequestedBy();
        if (requester != null && dao.readMember(requester) == null) {
            members.attach(company.getId(), requester, Collections.singletonList(rootAndAdministrator[0]),
                    Collections.singletonList(rootAndAdministrator[1]));
        }
        mailDecision(company);
        return company;
    }

    @Override
    @Transactional("blTransactionManager")
    public Company reject(long companyId, String reason) {
        if (reason == null || reason.trim().isEmpty()) {
            throw InvalidCompanyException.of("reason", InvalidCompanyException.REASON_REQUIRED);
        }
        if (reason.length() > Company.NOTE_LENGTH) {
            throw InvalidCompanyException.of("reason", InvalidCompanyException.TOO_LONG);
        }
        Company company = pending(companyId);
        company.setStatus(CompanyStatus.REJECTED);
        decided(company, reason.trim());
        company = dao.save(company);
        mailDecision(company);
        return company;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Company findCompany(long companyId) {
        return dao.readCompany(companyId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Company findLatestRequest(long customerId) {
        return dao.readLatestRequestBy(customerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CompanyRequestView> findPendingRequestViews(int first, int max) {
        return dao.readPendingRequests(first, max);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countPendingRequests() {
        return dao.countByStatus(CompanyStatus.PENDING);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<BusinessUnitImpl> findUnits(long companyId) {
        return dao.readUnits(companyId);
    }

    @Override
    @Transactional("blTransactionManager")
    public BusinessUnitImpl addUnit(long companyId, long parentUnitId, String name) {
        if (name == null || name.trim().isEmpty()) {
            throw InvalidCompanyException.of("name", InvalidCompanyException.NAME_REQUIRED);
        }
        if (name.trim().length() > Company.NAME_LENGTH) {
            throw InvalidCompanyException.of("name", InvalidCompanyException.TOO_LONG);
        }
        BusinessUnitImpl parent = dao.readUnit(parentUnitId);
        if (parent == null || parent.getCompanyId() != companyId) {
            throw InvalidCompanyException.of("parent", InvalidCompanyException.UNKNOWN_UNIT);
        }
        return dao.saveUnit(unit(companyId, parentUnitId, name.trim()));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CompanyRoleImpl> findRoles(long companyId) {
        return dao.readRoles(companyId);
    }

    /**
     * Saves a new company; the unique index on its name key settles two requests racing for one name (the check
     * before only answers the common case): the loser is refused as NAME_TAKEN, its transaction rolled back.
     */
    private Company saveNew(Company company) {
        try {
            return dao.save(company);
        } catch (DataIntegrityViolationException | PersistenceException e) {
            throw InvalidCompanyException.of("name", InvalidCompanyException.NAME_TAKEN);
        }
    }

    /** Tells the requester of a storefront request what the merchant decided, once the decision committed. */
    private void mailDecision(Company company) {
        String[] contact = company.getRequestedBy() == null ? null : dao.readContact(company.getRequestedBy());
        if (contact == null || contact[0] == null) {
            return;
        }
        boolean approved = CompanyStatus.ACTIVE.equals(company.getStatus());
        CustomerMail mail = new CustomerMail(contact[0], DECISION_TEMPLATE, approved
                ? "Your company account " + company.getName() + " is open"
                : "Your request for a company account")
                .with("firstName", contact[1])
                .with("companyName", company.getName())
                .with("approved", approved)
                .with("reason", company.getDecisionReason())
                .about(MailKind.COMPANY, company.getRequestedBy());
        MailAfterCommit.send(mailer, mail, "Company decision");
    }

    /** Creates the root unit and the standard roles; @return {root unit id, administrator role id} */
    private long[] setUp(Company company) {
        BusinessUnitImpl root = dao.saveUnit(unit(company.getId(), null, company.getName()));
        CompanyRoleImpl administrator = dao.saveRole(role(company.getId(), ADMINISTRATOR, false,
                EnumSet.allOf(CompanyPermission.class)));
        dao.saveRole(role(company.getId(), BUYER, true, EnumSet.of(CompanyPermission.PLACE_ORDERS)));
        dao.saveRole(role(company.getId(), APPROVER, false,
                EnumSet.of(CompanyPermission.VIEW_UNIT_ORDERS, CompanyPermission.PLACE_ORDERS)));
        return new long[] {root.getId(), administrator.getId()};
    }

    private Company pending(long companyId) {
        Company company = dao.readCompany(companyId);
        if (company == null || !CompanyStatus.PENDING.equals(company.getStatus())) {
            throw InvalidCompanyException.of(InvalidCompanyException.GENERAL, InvalidCompanyException.NOT_PENDING);
        }
        return company;
    }

    private static void decided(Company company, String reason) {
        company.setDecidedDate(new Date());
        company.setDecidedBy(AuditActors.currentName());
        company.setDecisionReason(reason);
    }

    private Company newCompany(CompanyDraft draft, CompanyStatus status) {
        Company company = dao.create();
        company.setName(draft.getName().trim());
        company.setLegalName(CompanyChecks.blankToNull(draft.getLegalName()));
        company.setTaxNumber(CompanyChecks.blankToNull(draft.getTaxNumber()));
        company.setStatus(status);
        company.setCreatedDate(new Date());
        return company;
    }

    private static BusinessUnitImpl unit(long companyId, Long parentId, String name) {
        BusinessUnitImpl unit = new BusinessUnitImpl();
        unit.setCompanyId(companyId);
        unit.setParentId(parentId);
        unit.setName(name);
        return unit;
    }

    private static CompanyRoleImpl role(long companyId, String name, boolean isDefault,
            Set<CompanyPermission> permissions) {
        CompanyRoleImpl role = new CompanyRoleImpl();
        role.setCompanyId(companyId);
        role.setName(name);
        role.setDefaultRole(isDefault);
        role.setPermissions(permissions);
        return role;
    }
}
