package io.custmgr.company.service;

import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.company.dao.CompanyDao;
import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyOrderImpl;
import io.custmgr.company.domain.CompanyRoleImpl;
import io.custmgr.company.type.CompanyStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;

import javax.annotation.Resource;

@Service("cmCompanyAdminService")
public class CompanyAdminServiceImpl implements CompanyAdminService {

    @Resource(name = "cmCompanyDao")
    protected CompanyDao dao;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CompanySummary> findCompanies(CompanyStatus status, String name, int first, int max) {
        return dao.readSummaries(status, name, first, max);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countCompanies(CompanyStatus status, String name) {
        return dao.countSummaries(status, name);
    }

    @Override
    @Transactional("blTransactionManager")
    public Company updateDetails(long companyId, CompanyDraft draft) {
        Company company = existing(companyId);
        CompanyChecks.refuseIfAny(CompanyChecks.check(draft, company.getName(), "purchaseNote", dao));
        company.setName(draft.getName().trim());
        company.setLegalName(CompanyChecks.blankToNull(draft.getLegalName()));
        company.setTaxNumber(CompanyChecks.blankToNull(draft.getTaxNumber()));
        company.setPurchaseNote(CompanyChecks.blankToNull(draft.getMessage()));
        return dao.save(company);
    }

    @Override
    @Transactional("blTransactionManager")
    public Company changeStatus(long companyId, boolean suspend) {
        Company company = existing(companyId);
        CompanyStatus from = suspend ? CompanyStatus.ACTIVE : CompanyStatus.SUSPENDED;
        if (!from.equals(company.getStatus())) {
            throw InvalidCompanyException.of(InvalidCompanyException.GENERAL,
                    suspend ? InvalidCompanyException.NOT_ACTIVE : InvalidCompanyException.NOT_SUSPENDED);
        }
        company.setStatus(suspend ? CompanyStatus.SUSPENDED : CompanyStatus.ACTIVE);
        return dao.save(company);
    }

    @Override
    @Transactional("blTransactionManager")
    public void setDefaultRoles(long companyId, Collection<Long> roleIds) {
        existing(companyId);
        if (roleIds == null || roleIds.isEmpty()) {
            throw InvalidCompanyException.of("roles", InvalidCompanyException.ROLE_REQUIRED);
        }
        List<CompanyRoleImpl> roles = dao.readRoles(companyId);
        int known = 0;
        for (CompanyRoleImpl role : roles) {
            known += roleIds.contains(role.getId()) ? 1 : 0;
        }
        if (known != new HashSet<Long>(roleIds).size()) {
            throw InvalidCompanyException.of("roles", InvalidCompanyException.UNKNOWN_ROLE);
        }
        for (CompanyRoleImpl role : roles) {
            if (role.isDefaultRole() != roleIds.contains(role.getId())) {
                role.setDefaultRole(roleIds.contains(role.getId()));
                dao.saveRole(role);
            }
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CompanyOrderView> findOrders(long companyId, int first, int max) {
        return RowLimits.limitOffset(jdbc, CompanyOrderServiceImpl.ROWS + "co.COMPANY_ID = ?"
                + " ORDER BY co.PLACED_DATE DESC, co.ORDER_ID DESC", CompanyOrderServiceImpl.ROW, first, max, companyId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countOrders(long companyId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + CompanyOrderImpl.TABLE + " WHERE COMPANY_ID = ?",
                Long.class, companyId);
    }

    private Company existing(long companyId) {
        Company company = dao.readCompany(companyId);
        if (company == null) {
            throw InvalidCompanyException.of(InvalidCompanyException.GENERAL, InvalidCompanyException.NOT_FOUND);
        }
        return company;
    }


}
