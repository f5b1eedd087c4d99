package io.custmgr.assist.dao;

import io.custmgr.assist.domain.AssistanceSessionImpl;
import io.custmgr.assist.domain.AssistedOrderImpl;
import io.custmgr.assist.service.AssistanceEntry;
import io.custmgr.assist.service.AssistanceEntry.PlacedOrder;
import io.custmgr.assist.service.AssistanceLogFilter;
import io.custmgr.common.jdbc.LikePatterns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

/**
 * Rows inserted through JPA, updated with JDBC; the log's pages are read through JPA (portable paging), their orders
 * with one JDBC query.
 */
@Repository("cmAssistanceDao")
public class AssistanceDaoImpl implements AssistanceDao {

    private static final String SESSIONS = AssistanceSessionImpl.TABLE;
    private static final String ORDERS = AssistedOrderImpl.TABLE;
    /** Values, not entities: JPA reads them from the table even after this DAO's JDBC writes in one transaction. */
    private static final String SELECT = "SELECT s.id, s.adminUserId, s.adminName, s.customerId, s.customerLabel, "
            + "s.started, s.ended, s.endReason, s.ipAddress, s.pagesViewed, s.ordersPlaced FROM "
            + AssistanceSessionImpl.class.getName() + " s";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Override
    public AssistanceCandidate readCandidate(long customerId) {
        List<AssistanceCandidate> rows = jdbc.query("SELECT CUSTOMER_ID, USER_NAME, EMAIL_ADDRESS, FIRST_NAME, "
                + "LAST_NAME, IS_REGISTERED, DEACTIVATED, CM_IS_GUEST, CM_MERGED_INTO, CM_ASSISTANCE_ALLOWED "
                + "FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", new RowMapper<AssistanceCandidate>() {
                    @Override
                    public AssistanceCandidate mapRow(ResultSet rs, int rowNum) throws SQLException {
                        rs.getLong(9);
                        boolean merged = !rs.wasNull();
                        return new AssistanceCandidate(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7),
                                rs.getBoolean(8), merged, rs.getBoolean(10));
                    }
                }, customerId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public boolean isAdminUserAccount(String username, String emailAddress) {
        Set<String> keys = new LinkedHashSet<String>();
        for (String value : new String[] {username, emailAddress}) {
            if (value != null && !value.trim().isEmpty()) {
                keys.add(value.trim().toLowerCase(Locale.ROOT));
            }
        }
        if (keys.isEmpty()) {
            return false;
        }
        Map<String, Object> params = Collections.<String, Object>singletonMap("keys", keys);
        return named.queryForObject("SELECT COUNT(*) FROM BLC_ADMIN_USER WHERE LOWER(TRIM(LOGIN)) IN (:keys) "
                + "OR LOWER(TRIM(EMAIL)) IN (:keys)", params, Long.class) > 0;
    }

    @Override
    public String readActiveAdminLogin(long adminUserId) {
        List<String> logins = jdbc.queryForList("SELECT LOGIN FROM BLC_ADMIN_USER WHERE ADMIN_USER_ID = ? "
                + "AND (ACTIVE_STATUS_FLAG IS NULL OR ACTIVE_STATUS_FLAG = ?)", String.class, adminUserId,
                Boolean.TRUE);
        return logins.isEmpty() ? null : logins.get(0);
    }

    @Override
    public long insertSession(long adminUserId, String adminName, long customerId, String customerLabel,
            Date started, String ipAddress) {
        // through JPA: Hibernate's id generator takes its block in a transaction of its own, where a JDBC allocation
        // in this one would hold the sequence table (HSQLDB locks tables) against the audit record's generator
        AssistanceSessionImpl row = new AssistanceSessionImpl(adminUserId,
                cut(adminName, AssistanceSessionImpl.NAME_LENGTH), customerId,
                cut(customerLabel, AssistanceSessionImpl.NAME_LENGTH), started, cut(ipAddress, 45));
        em.persist(row);
        em.flush();
        return row.getId();
    }

    @Override
    public boolean endSession(long logId, String reason, Date ended) {
        return jdbc.update("UPDATE " + SESSIONS + " SET ENDED = ?, END_REASON = ? WHERE ASSIST_SESSION_ID = ? "
                + "AND ENDED IS NULL", new Timestamp(ended.getTime()), reason, logId) == 1;
    }

    @Override
    public void countPageView(long logId) {
        jdbc.update("UPDATE " + SESSIONS + " SET PAGES_VIEWED = PAGES_VIEWED + 1 WHERE ASSIST_SESSION_ID = ?", logId);
    }

    @Override
    public void insertOrder(long logId, long adminUserId, String adminName, long orderId, String orderNumber,
            Date placed) {
        jdbc.update("INSERT INTO " + ORDERS + " (ORDER_ID, ASSIST_SESSION_ID, ADMIN_USER_ID, ADMIN_NAME, "
                + "ORDER_NUMBER, PLACED) VALUES (?, ?, ?, ?, ?, ?)", orderId, logId, adminUserId,
                cut(adminName, AssistanceSessionImpl.NAME_LENGTH), cut(orderNumber, 255),
                new Timestamp(placed.getTime()));
        jdbc.update("UPDATE " + SESSIONS + " SET ORDERS_PLACED = ORDERS_PLACED + 1 WHERE ASSIST_SESSION_ID = ?",
                logId);
    }

    @Override
    public AssistanceEntry readSession(long logId) {
        List<AssistanceEntry> entries = withOrders(em.createQuery(SELECT + " WHERE s.id = :id", Object[].class)
                .setParameter("id", logId).getResultList());
        return entries.isEmpty() ? null : entries.get(0);
    }

    @Override
    public List<AssistanceEntry> readSessions(AssistanceLogFilter filter, int start, int max) {
        TypedQuery<Object[]> query = em.createQuery(SELECT + where(filter) + " ORDER BY s.started DESC, s.id DESC",
                Object[].class);
        bind(query, filter);
        return withOrders(query.setFirstResult(start).setMaxResults(max).getResultList());
    }

    @Override
    public long countSessions(AssistanceLogFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(s) FROM " + AssistanceSessionImpl.class.getName() + " s"
                + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    @Override
    public String readAssistingAdmin(long orderId) {
        List<String> names = jdbc.queryForList("SELECT ADMIN_NAME FROM " + ORDERS + " WHERE ORDER_ID = ?",
                String.class, orderId);
        return names.isEmpty() ? null : names.get(0);
    }

    private static String where(AssistanceLogFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.getAdmin() != null) {
            where.append(" AND LOWER(s.adminName) LIKE :admin").append(LikePatterns.ESCAPE);
        }
        if (filter.getCustomer() != null && customerId(filter) != null) {
            where.append(" AND s.customerId = :customerId");
        } else if (filter.getCustomer() != null) {
            where.append(" AND LOWER(s.customerLabel) LIKE :customer").append(LikePatterns.ESCAPE);
        }
        if (filter.getFrom() != null) {
            where.append(" AND s.started >= :from");
        }
        if (filter.getUntil() != null) {
            where.append(" AND s.started < :until");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, AssistanceLogFilter filter) {
        if (filter.getAdmin() != null) {
            query.setParameter("admin", LikePatterns.containing(filter.getAdmin()));
        }
        if (filter.getCustomer() != null && customerId(filter) != null) {
            query.setParameter("customerId", customerId(filter));
        } else if (filter.getCustomer() != null) {
            query.setParameter("customer", LikePatterns.containing(filter.getCustomer()));
        }
        if (filter.getFrom() != null) {
            query.setParameter("from", filter.getFrom());
        }
        if (filter.getUntil() != null) {
            query.setParameter("until", filter.getUntil());
        }
    }

    private static Long customerId(AssistanceLogFilter filter) {
        String text = filter.getCustomer();
        return text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }

    private List<AssistanceEntry> withOrders(List<Object[]> rows) {
        final Map<Long, List<PlacedOrder>> orders = new HashMap<Long, List<PlacedOrder>>();
        List<Long> ids = new ArrayList<Long>();
        for (Object[] row : rows) {
            if (((Number) row[10]).intValue() > 0) {
                ids.add((Long) row[0]);
            }
        }
        if (!ids.isEmpty()) {
            named.query("SELECT ASSIST_SESSION_ID, ORDER_ID, ORDER_NUMBER FROM " + ORDERS
                    + " WHERE ASSIST_SESSION_ID IN (:ids) ORDER BY PLACED, ORDER_ID",
                    Collections.<String, Object>singletonMap("ids", ids), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            List<PlacedOrder> list = orders.get(rs.getLong(1));
                            if (list == null) {
                                list = new ArrayList<PlacedOrder>();
                                orders.put(rs.getLong(1), list);
                            }
                            list.add(new PlacedOrder(rs.getLong(2), rs.getString(3)));
                        }
                    });
        }
        List<AssistanceEntry> entries = new ArrayList<AssistanceEntry>(rows.size());
        for (Object[] row : rows) {
            entries.add(new AssistanceEntry((Long) row[0], (Long) row[1], (String) row[2], (Long) row[3],
                    (String) row[4], (Date) row[5], (Date) row[6], (String) row[7], (String) row[8],
                    ((Number) row[9]).intValue(), orders.get(row[0])));
        }
        return entries;
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
