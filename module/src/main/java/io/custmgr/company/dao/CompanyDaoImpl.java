package io.custmgr.company.dao;

import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyImpl;
import io.custmgr.company.domain.CompanyMemberImpl;
import io.custmgr.company.domain.CompanyRoleImpl;
import io.custmgr.company.type.CompanyStatus;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("cmCompanyDao")
public class CompanyDaoImpl implements CompanyDao {

    private static final String COMPANY = CompanyImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    public Company create() {
        return (Company) entityConfiguration.createEntityInstance(Company.class.getName());
    }

    @Override
    public Company save(Company company) {
        return merged(company);
    }

    @Override
    public Company readCompany(long companyId) {
        return em.find(CompanyImpl.class, companyId);
    }

    @Override
    public List<Company> readByStatus(CompanyStatus status) {
        return em.createQuery("SELECT c FROM " + COMPANY + " c WHERE c.status = :status ORDER BY c.createdDate, c.id",
                Company.class).setParameter("status", status.getType()).getResultList();
    }

    @Override
    public long countByStatus(CompanyStatus status) {
        return em.createQuery("SELECT COUNT(c) FROM " + COMPANY + " c WHERE c.status = :status", Long.class)
                .setParameter("status", status.getType()).getSingleResult();
    }

    @Override
    public boolean isNameTaken(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + CompanyImpl.TABLE + " WHERE NAME_KEY = ?", Integer.class,
                CompanyImpl.key(name)) > 0;
    }

    @Override
    public long countPendingRequestsBy(long customerId) {
        return em.createQuery("SELECT COUNT(c) FROM " + COMPANY + " c WHERE c.status = :status"
                + " AND c.requestedBy = :customer", Long.class).setParameter("status", CompanyStatus.PENDING.getType())
                .setParameter("customer", customerId).getSingleResult();
    }

    @Override
    public boolean isRegisteredCustomer(long customerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ? AND IS_REGISTERED = ?"
                + " AND CM_MERGED_INTO IS NULL AND CM_ERASED_DATE IS NULL", Integer.class, customerId, true) > 0;
    }

    @Override
    public BusinessUnitImpl saveUnit(BusinessUnitImpl unit) {
        return merged(unit);
    }

    @Override
    public BusinessUnitImpl readUnit(long unitId) {
        return em.find(BusinessUnitImpl.class, unitId);
    }

    @Override
    public List<BusinessUnitImpl> readUnits(long companyId) {
        return em.createQuery("SELECT u FROM " + BusinessUnitImpl.class.getName() + " u WHERE u.companyId = :company"
                + " ORDER BY CASE WHEN u.parentId IS NULL THEN 0 ELSE 1 END, u.name, u.id", BusinessUnitImpl.class)
                .setParameter("company", companyId).getResultList();
    }

    @Override
    public CompanyRoleImpl saveRole(CompanyRoleImpl role) {
        return merged(role);
    }

    @Override
    public List<CompanyRoleImpl> readRoles(long companyId) {
        return em.createQuery("SELECT r FROM " + CompanyRoleImpl.class.getName() + " r WHERE r.companyId = :company"
                + " ORDER BY r.name, r.id", CompanyRoleImpl.class).setParameter("company", companyId).getResultList();
    }

    @Override
    public CompanyMemberImpl readMember(long customerId) {
        return em.find(CompanyMemberImpl.class, customerId);
    }

    @Override
    public CompanyMemberImpl saveMember(CompanyMemberImpl member) {
        return merged(member);
    }

    private <T> T merged(T entity) {
        T saved = em.merge(entity);
        em.flush();
        return saved;
    }

    @Override
    public void deleteMember(CompanyMemberImpl member) {
        em.remove(em.contains(member) ? member : em.merge(member));
        em.flush();
    }
}
