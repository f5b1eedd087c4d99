package io.custmgr.history.dao;

import io.custmgr.history.domain.PageView;

import javax.persistence.TypedQuery;

import javax.persistence.PersistenceContext;

import javax.persistence.EntityManager;

import io.custmgr.common.jdbc.IdBlockAllocator;
import io.custmgr.common.jdbc.InLists;
import io.custmgr.common.jdbc.PostgresCheck;
import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.history.domain.PageViewImpl;
import io.custmgr.history.service.PageViewEvent;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.sql.DataSource;

/**
 * Plain JDBC on the data source of Broadleaf's blPU ({@code cmJdbcTemplate}, on {@code blTransactionManager}'s data
 * source, so a transaction on that manager covers these statements too). Hibernate is bypassed on purpose: hundreds of rows per batch through the
 * session would cost a flush, a dirty check and an id round trip each.
 */
@Repository("cmPageViewDao")
public class PageViewDaoImpl implements PageViewDao {

    /** (customer, page view id, view time in ms) of a page view row. */
    private static final RowMapper<long[]> VIEW_TRIPLES = new RowMapper<long[]>() {
        @Override
        public long[] mapRow(ResultSet rs, int row) throws SQLException {
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).getTime()};
        }
    };

    private final PostgresCheck postgresCheck = new PostgresCheck();

    static final String TABLE = PageViewImpl.TABLE;

    static final String COLUMNS = "PAGE_VIEW_ID, CUSTOMER_ID, SESSION_HASH, VIEW_TIME, IP_ADDRESS, HTTP_METHOD, URL, "
            + "TIME_ON_PAGE_MS, REFERRER, USER_AGENT, BROWSER_NAME, BROWSER_VERSION, OPERATING_SYSTEM, IS_BOT, PRODUCT_ID, "
            + "CATEGORY_ID, ITEM_NAME, ASSISTED_BY";

    private static final String INSERT = "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String LATEST_VIEWS_POSTGRES = "SELECT c.CUSTOMER_ID, (SELECT MAX(w.PAGE_VIEW_ID) FROM "
            + TABLE + " w WHERE w.CUSTOMER_ID = c.CUSTOMER_ID AND w.VIEW_TIME = t.VIEW_TIME), t.VIEW_TIME"
            + " FROM unnest(?) AS c (CUSTOMER_ID) CROSS JOIN LATERAL (SELECT VIEW_TIME FROM " + TABLE
            + " WHERE CUSTOMER_ID = c.CUSTOMER_ID AND VIEW_TIME >= ? AND VIEW_TIME <= ? ORDER BY VIEW_TIME DESC LIMIT 1) t";

    /** Whether the data source is PostgreSQL through its own driver (COPY); null until the first batch. */
    private volatile Boolean copySupported;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    protected JdbcTemplate jdbc;
    protected IdBlockAllocator ids;

    /** For Spring: the template is {@code cmJdbcTemplate}. */
    public PageViewDaoImpl() {
    }

    /** For a data source of one's own (tests of a failing database). */
    public PageViewDaoImpl(DataSource dataSource) {
        setJdbcTemplate(new JdbcTemplate(dataSource));
    }

    @Resource(name = "cmJdbcTemplate")
    public void setJdbcTemplate(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.ids = new IdBlockAllocator(jdbc, PageViewImpl.ID_SEGMENT, PageViewImpl.ID_INCREMENT);
    }

    @Override
    public long allocateIds(int count) {
        return ids.allocate(count);
    }

    /** On PostgreSQL one COPY ({@link PostgresPageViewCopy}); elsewhere one JDBC batch of inserts. */
    @Override
    public void insert(final List<PageViewRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (copySupported()) {
            jdbc.execute(new ConnectionCallback<Void>() {
                @Override
                public Void doInConnection(Connection connection) throws SQLException {
                    PostgresPageViewCopy.copy(connection, rows);
                    return null;
                }
            });
            return;
        }
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                PageViewRow row = rows.get(i);
                PageViewEvent e = row.getEvent();
                ps.setLong(1, row.getId());
                setLong(ps, 2, e.getCustomerId());
                ps.setString(3, cut(e.getSessionHash(), 64));
                ps.setTimestamp(4, new Timestamp(e.getViewTime().getTime()));
                ps.setString(5, cut(e.getIpAddress(), 45));
                ps.setString(6, cut(e.getHttpMethod(), 8));
                ps.setString(7, cut(e.getUrl(), 1024));
                setLong(ps, 8, row.getTimeOnPageMs());
                ps.setString(9, cut(e.getReferrer(), 1024));
                ps.setString(10, cut(e.getUserAgent(), 512));
                ps.setString(11, cut(e.getBrowserName(), 64));
                ps.setString(12, cut(e.getBrowserVersion(), 32));
                ps.setString(13, cut(e.getOperatingSystem(), 64));
                ps.setBoolean(14, e.isBot());
                setLong(ps, 15, e.getProductId());
                setLong(ps, 16, e.getCategoryId());
                ps.setString(17, cut(e.getItemName(), 255));
                ps.setString(18, cut(e.getAssistedBy(), 255));
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    @Override
    public List<long[]> readRecentViews(Collection<Long> customerIds, Date from, Date to) {
        return readViews("SELECT CUSTOMER_ID, PAGE_VIEW_ID, VIEW_TIME FROM " + PageViewImpl.TABLE
                + " WHERE VIEW_TIME >= ? AND VIEW_TIME <= ? AND CUSTOMER_ID IN (", ")", customerIds, from, to);
    }

    /**
     * PostgreSQL: per customer one backward probe of the index (CUSTOMER_ID, VIEW_TIME) for its latest time in the
     * window ({@code LATERAL … ORDER BY VIEW_TIME DESC LIMIT 1}) and one equality probe for the highest id at that time
     * — two index probes whatever the customer's number of views in the window (ordering by time and id in the
     * {@code LATERAL} itself made PostgreSQL read and sort all of them: 119 ms instead of 5 ms for 500 customers with
     * ~190 views each). The customers go in as one array parameter, so the statement's text never changes and the
     * driver's prepared plan is reused. Elsewhere (MariaDB has no {@code LATERAL}): the latest time per customer,
     * joined back to its rows.
     */
    @Override
    public List<long[]> readLatestViews(Collection<Long> customerIds, final Date from, final Date to) {
        if (supportsLateral()) {
            final Long[] ids = customerIds.toArray(new Long[customerIds.size()]);
            return jdbc.query(LATEST_VIEWS_POSTGRES, new PreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps) throws SQLException {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids));
                    ps.setTimestamp(2, new Timestamp(from.getTime()));
                    ps.setTimestamp(3, new Timestamp(to.getTime()));
                }
            }, VIEW_TRIPLES);
        }
        return readViews("SELECT v.CUSTOMER_ID, v.PAGE_VIEW_ID, v.VIEW_TIME FROM " + PageViewImpl.TABLE + " v JOIN "
                + "(SELECT CUSTOMER_ID, MAX(VIEW_TIME) AS LATEST FROM " + PageViewImpl.TABLE
                + " WHERE VIEW_TIME >= ? AND VIEW_TIME <= ? AND CUSTOMER_ID IN (",
                ") GROUP BY CUSTOMER_ID) m ON v.CUSTOMER_ID = m.CUSTOMER_ID AND v.VIEW_TIME = m.LATEST",
                customerIds, from, to);
    }

    private boolean copySupported() {
        if (copySupported == null) {
            copySupported = supportsLateral() && jdbc.execute(new ConnectionCallback<Boolean>() {
                @Override
                public Boolean doInConnection(Connection connection) {
                    try {
                        return PostgresPageViewCopy.supports(connection);
                    } catch (LinkageError e) {
                        return false; // PostgreSQL through a driver of another class loader or another driver
                    }
                }
            });
        }
        return copySupported;
    }

    private boolean supportsLateral() {
        return postgresCheck.isPostgres(jdbc);
    }

    private List<long[]> readViews(String head, String tail, Collection<Long> customerIds, Date from, Date to) {
        List<long[]> views = new ArrayList<long[]>();
        for (List<Long> chunk : InLists.chunks(customerIds)) {
            StringBuilder sql = new StringBuilder(head);
            List<Object> args = new ArrayList<Object>(chunk.size() + 2);
            args.add(new Timestamp(from.getTime()));
            args.add(new Timestamp(to.getTime()));
            for (Long customerId : chunk) {
                sql.append(args.size() > 2 ? ", ?" : "?");
                args.add(customerId);
            }
            views.addAll(jdbc.query(sql.append(tail).toString(), args.toArray(), VIEW_TRIPLES));
        }
        return views;
    }

    /** On PostgreSQL one statement for the whole batch; elsewhere one JDBC batch of updates by id. */
    @Override
    public void updateTimeOnPage(final Map<Long, Long> timeOnPageById) {
        if (timeOnPageById.isEmpty()) {
            return;
        }
        if (copySupported()) {
            jdbc.execute(new ConnectionCallback<Void>() {
                @Override
                public Void doInConnection(Connection connection) throws SQLException {
                    PostgresPageViewCopy.updateTimeOnPage(connection, timeOnPageById);
                    return null;
                }
            });
            return;
        }
        List<Object[]> args = new ArrayList<Object[]>(timeOnPageById.size());
        for (Map.Entry<Long, Long> entry : timeOnPageById.entrySet()) {
            args.add(new Object[] {entry.getValue(), entry.getKey()});
        }
        jdbc.batchUpdate("UPDATE " + PageViewImpl.TABLE + " SET TIME_ON_PAGE_MS = ? "
                + "WHERE PAGE_VIEW_ID = ? AND TIME_ON_PAGE_MS IS NULL", args);
    }

    @Override
    public int deleteOlderThan(Date cutoff, int limit) {
        // Portable "DELETE ... LIMIT": find the id bound of the oldest-id batch through the VIEW_TIME index, then
        // delete by time and id range in one statement.
        Timestamp before = new Timestamp(cutoff.getTime());
        List<Long> ids = RowLimits.limitedTo(jdbc, limit).queryForList("SELECT PAGE_VIEW_ID FROM " + PageViewImpl.TABLE
                + " WHERE VIEW_TIME < ? ORDER BY PAGE_VIEW_ID", Long.class, before);
        if (ids.isEmpty()) {
            return 0;
        }
        Long highest = ids.get(ids.size() - 1);
        return jdbc.update("DELETE FROM " + PageViewImpl.TABLE + " WHERE VIEW_TIME < ? AND PAGE_VIEW_ID <= ?",
                before, highest);
    }

    @Override
    public int reassignCustomer(Long fromCustomerId, Long toCustomerId) {
        return jdbc.update("UPDATE " + PageViewImpl.TABLE + " SET CUSTOMER_ID = ? WHERE CUSTOMER_ID = ?",
                toCustomerId, fromCustomerId);
    }

    @Override
    public List<PageView> readViews(Long customerId, Date from, Date to, int firstResult, int maxResults) {
        TypedQuery<PageView> query = em.createQuery("SELECT v FROM " + PageViewImpl.class.getName() + " v"
                + window(from, to) + " ORDER BY v.viewTime ASC, v.id ASC", PageView.class);
        bindWindow(query, customerId, from, to);
        return query.setFirstResult(firstResult).setMaxResults(maxResults).getResultList();
    }

    @Override
    public List<PageView> readLatestViews(Long customerId, int maxResults) {
        return em.createQuery("SELECT v FROM " + PageViewImpl.class.getName() + " v WHERE v.customerId = :customerId"
                + " ORDER BY v.viewTime DESC, v.id DESC", PageView.class)
                .setParameter("customerId", customerId)
                .setMaxResults(maxResults)
                .getResultList();
    }

    @Override
    public long countViews(Long customerId, Date from, Date to) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(v) FROM " + PageViewImpl.class.getName() + " v"
                + window(from, to), Long.class);
        bindWindow(query, customerId, from, to);
        return query.getSingleResult();
    }

    private static String window(Date from, Date to) {
        return " WHERE v.customerId = :customerId" + (from == null ? "" : " AND v.viewTime >= :from")
                + (to == null ? "" : " AND v.viewTime < :to");
    }

    private static void bindWindow(TypedQuery<?> query, Long customerId, Date from, Date to) {
        query.setParameter("customerId", customerId);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    /** The value within the column's length, NUL characters (which PostgreSQL refuses in text) replaced. */
    static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        String cut = value.length() <= max ? value : value.substring(0, max);
        return cut.indexOf('\u0000') < 0 ? cut : cut.replace('\u0000', '\uFFFD');
    }
}
