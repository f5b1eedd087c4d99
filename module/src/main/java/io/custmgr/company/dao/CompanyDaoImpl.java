package io.custmgr.company.dao;

import io.custmgr.common.jdbc.LikePatterns;
import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyImpl;
import io.custmgr.company.domain.CompanyMemberImpl;
import io.custmgr.company.domain.CompanyOrderImpl;
import io.custmgr.company.domain.CompanyRoleImpl;
import io.custmgr.company.service.CompanyRequestView;
import io.custmgr.company.service.CompanySummary;
import io.custmgr.company.service.MemberView;
import io.custmgr.company.type.CompanyStatus;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    public long countByStatus(CompanyStatus status) {
        return em.createQuery("SELECT COUNT(c) FROM " + COMPANY + " c WHERE c.status = :status", Long.class)
                .setParameter("status", status.getType()).getSingleResult();
    }

    @Override
    public List<CompanyRequestView> readPendingRequests(int first, int max) {
        return RowLimits.page(jdbc, "SELECT c.COMPANY_ID, c.NAME, c.LEGAL_NAME, c.TAX_NUMBER,"
                + " c.REQUEST_MESSAGE, c.CREATED_DATE, c.REQUESTED_BY, k.EMAIL_ADDRESS, k.FIRST_NAME, k.LAST_NAME"
                + " FROM " + CompanyImpl.TABLE + " c LEFT JOIN BLC_CUSTOMER k ON k.CUSTOMER_ID = c.REQUESTED_BY"
                + " WHERE c.STATUS = ? ORDER BY c.CREATED_DATE, c.COMPANY_ID", (rs, rowNum) -> {
                    long requester = rs.getLong("REQUESTED_BY");
                    String name = ((rs.getString("FIRST_NAME") == null ? "" : rs.getString("FIRST_NAME")) + " "
                            + (rs.getString("LAST_NAME") == null ? "" : rs.getString("LAST_NAME"))).trim();
                    return new CompanyRequestView(rs.getLong("COMPANY_ID"), rs.getString("NAME"),
                            rs.getString("LEGAL_NAME"), rs.getString("TAX_NUMBER"), rs.getString("REQUEST_MESSAGE"),
                            rs.getTimestamp("CREATED_DATE"), rs.wasNull() ? null : requester,
                            rs.getString("EMAIL_ADDRESS"), name.isEmpty() ? null : name);
                }, first, max, CompanyStatus.PENDING.getType());
    }

    @Override
    public List<CompanySummary> readSummaries(CompanyStatus status, String name, int first, int max) {
        List<Object> args = new ArrayList<Object>();
        String where = summaryFilter(status, name, args);
        return RowLimits.page(jdbc, "SELECT c.COMPANY_ID, c.NAME, c.STATUS, c.CREATED_DATE,"
                + " (SELECT COUNT(*) FROM " + CompanyMemberImpl.TABLE + " m WHERE m.COMPANY_ID = c.COMPANY_ID) AS MEMBERS,"
                + " (SELECT COUNT(*) FROM " + BusinessUnitImpl.TABLE + " u WHERE u.COMPANY_ID = c.COMPANY_ID) AS UNITS,"
                + " (SELECT COUNT(*) FROM " + CompanyOrderImpl.TABLE + " o WHERE o.COMPANY_ID = c.COMPANY_ID) AS ORDERS"
                + " FROM " + CompanyImpl.TABLE + " c" + where + " ORDER BY c.NAME, c.COMPANY_ID",
                (rs, rowNum) -> new CompanySummary(rs.getLong("COMPANY_ID"), rs.getString("NAME"),
                        CompanyStatus.getInstance(rs.getString("STATUS")), rs.getTimestamp("CREATED_DATE"),
                        rs.getLong("MEMBERS"), rs.getLong("UNITS"), rs.getLong("ORDERS")),
                first, max, args.toArray());
    }

    @Override
    public long countSummaries(CompanyStatus status, String name) {
        List<Object> args = new ArrayList<Object>();
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + CompanyImpl.TABLE + " c" + summaryFilter(status, name,
                args), Long.class, args.toArray());
    }

    private static String summaryFilter(CompanyStatus status, String name, List<Object> args) {
        StringBuilder where = new StringBuilder();
        if (status != null) {
            where.append(" WHERE c.STATUS = ?");
            args.add(status.getType());
        }
        if (name != null && !name.trim().isEmpty()) {
            where.append(where.length() == 0 ? " WHERE" : " AND").append(" LOWER(c.NAME) LIKE ?" + LikePatterns.ESCAPE);
            args.add(LikePatterns.containing(name.trim()));
        }
        return where.toString();
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
    public Company readLatestRequestBy(long customerId) {
        List<Company> requests = em.createQuery("SELECT c FROM " + COMPANY + " c WHERE c.requestedBy = :customer"
                + " ORDER BY c.createdDate DESC, c.id DESC", Company.class).setParameter("customer", customerId)
                .setMaxResults(1).getResultList();
        return requests.isEmpty() ? null : requests.get(0);
    }

    @Override
    public boolean isRegisteredCustomer(long customerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ? AND IS_REGISTERED = ?"
                + " AND CM_MERGED_INTO IS NULL AND CM_ERASED_DATE IS NULL", Integer.class, customerId, true) > 0;
    }

    @Override
    public String[] readContact(long customerId) {
        List<String[]> rows = jdbc.query("SELECT EMAIL_ADDRESS, FIRST_NAME FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?",
                (rs, rowNum) -> new String[] {rs.getString(1), rs.getString(2)}, customerId);
        return rows.isEmpty() ? null : rows.get(0);
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
    public List<MemberView> readMembers(long companyId) {
        final Map<Long, StringBuilder> roles = new HashMap<Long, StringBuilder>();
        final Map<Long, List<Long>> roleIds = new HashMap<Long, List<Long>>();
        final Map<Long, List<Long>> unitIds = new HashMap<Long, List<Long>>();
        jdbc.query("SELECT mr.CUSTOMER_ID, r.NAME, r.ROLE_ID FROM " + CompanyMemberImpl.ROLE_TABLE + " mr JOIN "
                + CompanyRoleImpl.TABLE + " r ON r.ROLE_ID = mr.ROLE_ID WHERE r.COMPANY_ID = ? ORDER BY r.NAME",
                (RowCallbackHandler) rs -> {
                    StringBuilder names = roles.get(rs.getLong(1));
                    if (names == null) {
                        roles.put(rs.getLong(1), new StringBuilder(rs.getString(2)));
                    } else {
                        names.append(", ").append(rs.getString(2));
                    }
                    listOf(roleIds, rs.getLong(1)).add(rs.getLong(3));
                }, companyId);
        jdbc.query("SELECT mu.CUSTOMER_ID, mu.UNIT_ID FROM " + CompanyMemberImpl.UNIT_TABLE + " mu JOIN "
                + BusinessUnitImpl.TABLE + " u ON u.UNIT_ID = mu.UNIT_ID WHERE u.COMPANY_ID = ?",
                (RowCallbackHandler) rs -> listOf(unitIds, rs.getLong(1)).add(rs.getLong(2)), companyId);
        return jdbc.query("SELECT m.CUSTOMER_ID, m.JOINED_DATE, k.EMAIL_ADDRESS, k.FIRST_NAME, k.LAST_NAME FROM "
                + CompanyMemberImpl.TABLE + " m JOIN BLC_CUSTOMER k ON k.CUSTOMER_ID = m.CUSTOMER_ID"
                + " WHERE m.COMPANY_ID = ? ORDER BY k.LAST_NAME, k.FIRST_NAME, k.EMAIL_ADDRESS", (rs, rowNum) -> {
                    String name = ((rs.getString("FIRST_NAME") == null ? "" : rs.getString("FIRST_NAME")) + " "
                            + (rs.getString("LAST_NAME") == null ? "" : rs.getString("LAST_NAME"))).trim();
                    StringBuilder names = roles.get(rs.getLong("CUSTOMER_ID"));
                    return new MemberView(rs.getLong("CUSTOMER_ID"), rs.getString("EMAIL_ADDRESS"),
                            name.isEmpty() ? null : name, rs.getTimestamp("JOINED_DATE"),
                            names == null ? "" : names.toString(), listOf(roleIds, rs.getLong("CUSTOMER_ID")),
                            listOf(unitIds, rs.getLong("CUSTOMER_ID")));
                }, companyId);
    }

    private static List<Long> listOf(Map<Long, List<Long>> lists, long key) {
        List<Long> list = lists.get(key);
        if (list == null) {
            list = new ArrayList<Long>();
            lists.put(key, list);
        }
        return list;
    }

    @Override
    public long countMembersWithPermission(long companyId, String permission) {
        return jdbc.queryForObject("SELECT COUNT(DISTINCT mr.CUSTOMER_ID) FROM " + CompanyMemberImpl.ROLE_TABLE
                + " mr JOIN " + CompanyRoleImpl.TABLE + " r ON r.ROLE_ID = mr.ROLE_ID WHERE r.COMPANY_ID = ?"
                + " AND r.PERMISSIONS LIKE ?", Long.class, companyId, "%" + permission + "%");
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
