package io.custmgr.group.dao;

import io.custmgr.common.jdbc.InLists;
import io.custmgr.group.domain.CustomerGroup;
import io.custmgr.group.domain.CustomerGroupImpl;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("cmCustomerGroupDao")
public class CustomerGroupDaoImpl implements CustomerGroupDao {

    private static final String MEMBERS = CustomerGroupImpl.MEMBER_TABLE;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    public CustomerGroup create() {
        return (CustomerGroup) entityConfiguration.createEntityInstance(CustomerGroup.class.getName());
    }

    @Override
    public CustomerGroup save(CustomerGroup group) {
        CustomerGroup saved = em.merge(group);
        em.flush(); // a duplicate name fails here, inside the caller's call, not at commit
        return saved;
    }

    @Override
    public CustomerGroup readById(Long id) {
        return id == null ? null : em.find(CustomerGroupImpl.class, id);
    }

    @Override
    public CustomerGroup readByNameKey(String nameKey) {
        List<CustomerGroup> found = em.createQuery("SELECT g FROM " + CustomerGroupImpl.class.getName()
                + " g WHERE g.nameKey = :key", CustomerGroup.class).setParameter("key", nameKey).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<CustomerGroup> readAll() {
        return em.createQuery("SELECT g FROM " + CustomerGroupImpl.class.getName() + " g ORDER BY g.nameKey",
                CustomerGroup.class).getResultList();
    }

    @Override
    public Map<Long, Set<Long>> readGroupIdsByCustomerIds(Collection<Long> customerIds) {
        flushPending();
        final Map<Long, Set<Long>> groups = new LinkedHashMap<Long, Set<Long>>();
        for (List<Long> chunk : chunks(customerIds)) {
            jdbc.query("SELECT CUSTOMER_ID, CUSTOMER_GROUP_ID FROM " + MEMBERS + " WHERE CUSTOMER_ID IN ("
                    + placeholders(chunk.size()) + ")", new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            Long customerId = rs.getLong(1);
                            Set<Long> ids = groups.get(customerId);
                            if (ids == null) {
                                ids = new TreeSet<Long>();
                                groups.put(customerId, ids);
                            }
                            ids.add(rs.getLong(2));
                        }
                    }, chunk.toArray());
        }
        return groups;
    }

    @Override
    public List<CustomerGroup> readGroupsOfCustomer(Long customerId) {
        flushPending();
        List<Long> ids = jdbc.queryForList("SELECT CUSTOMER_GROUP_ID FROM " + MEMBERS + " WHERE CUSTOMER_ID = ?",
                Long.class, customerId);
        if (ids.isEmpty()) {
            return Collections.emptyList();
        }
        return em.createQuery("SELECT g FROM " + CustomerGroupImpl.class.getName()
                + " g WHERE g.id IN :ids ORDER BY g.nameKey", CustomerGroup.class).setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Long> readMemberIds(Long groupId, int firstResult, int maxResults) {
        flushPending();
        // LIMIT/OFFSET is understood by both PostgreSQL and HSQLDB
        return jdbc.queryForList("SELECT CUSTOMER_ID FROM " + MEMBERS + " WHERE CUSTOMER_GROUP_ID = ? "
                + "ORDER BY CUSTOMER_ID LIMIT ? OFFSET ?", Long.class, groupId, maxResults, firstResult);
    }

    @Override
    public long countMembers(Long groupId) {
        flushPending();
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + MEMBERS + " WHERE CUSTOMER_GROUP_ID = ?", Long.class,
                groupId);
    }

    @Override
    public int insertMembers(Long groupId, Collection<Long> customerIds) {
        flushPending();
        int added = 0;
        for (List<Long> chunk : chunks(customerIds)) {
            List<Object> args = new ArrayList<Object>(chunk.size() + 2);
            args.add(groupId);
            args.addAll(chunk);
            args.add(groupId);
            added += jdbc.update("INSERT INTO " + MEMBERS + " (CUSTOMER_ID, CUSTOMER_GROUP_ID) "
                    + "SELECT c.CUSTOMER_ID, g.CUSTOMER_GROUP_ID FROM BLC_CUSTOMER c, " + CustomerGroupImpl.TABLE
                    + " g WHERE g.CUSTOMER_GROUP_ID = ? AND c.CUSTOMER_ID IN (" + placeholders(chunk.size()) + ") "
                    + "AND NOT EXISTS (SELECT 1 FROM " + MEMBERS + " m WHERE m.CUSTOMER_ID = c.CUSTOMER_ID "
                    + "AND m.CUSTOMER_GROUP_ID = ?)", args.toArray());
        }
        return added;
    }

    @Override
    public int deleteMembers(Long groupId, Collection<Long> customerIds) {
        flushPending();
        int removed = 0;
        for (List<Long> chunk : chunks(customerIds)) {
            List<Object> args = new ArrayList<Object>(chunk.size() + 1);
            args.add(groupId);
            args.addAll(chunk);
            removed += jdbc.update("DELETE FROM " + MEMBERS + " WHERE CUSTOMER_GROUP_ID = ? AND CUSTOMER_ID IN ("
                    + placeholders(chunk.size()) + ")", args.toArray());
        }
        return removed;
    }

    @Override
    public int copyMemberships(Long fromCustomerId, Long toCustomerId) {
        flushPending();
        return jdbc.update("INSERT INTO " + MEMBERS + " (CUSTOMER_ID, CUSTOMER_GROUP_ID) "
                + "SELECT ?, f.CUSTOMER_GROUP_ID FROM " + MEMBERS + " f WHERE f.CUSTOMER_ID = ? "
                + "AND NOT EXISTS (SELECT 1 FROM " + MEMBERS + " t WHERE t.CUSTOMER_ID = ? "
                + "AND t.CUSTOMER_GROUP_ID = f.CUSTOMER_GROUP_ID)", toCustomerId, fromCustomerId, toCustomerId);
    }

    @Override
    public int deleteMembershipsOfCustomer(Long customerId) {
        flushPending();
        return jdbc.update("DELETE FROM " + MEMBERS + " WHERE CUSTOMER_ID = ?", customerId);
    }

    @Override
    public int deleteMembershipsOfGroup(Long groupId) {
        flushPending();
        return jdbc.update("DELETE FROM " + MEMBERS + " WHERE CUSTOMER_GROUP_ID = ?", groupId);
    }

    @Override
    public void delete(CustomerGroup group) {
        em.remove(em.contains(group) ? group : em.merge(group));
        em.flush();
    }

    /** Membership SQL must see what the caller changed through JPA in the same transaction. */
    protected void flushPending() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            em.flush();
        }
    }

    /** Each customer once, nulls dropped, in IN lists. */
    private static List<List<Long>> chunks(Collection<Long> ids) {
        Set<Long> distinct = new HashSet<Long>(ids);
        distinct.remove(null);
        return InLists.chunks(distinct);
    }

    private static String placeholders(int count) {
        StringBuilder sql = new StringBuilder(count * 2);
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        return sql.toString();
    }
}
