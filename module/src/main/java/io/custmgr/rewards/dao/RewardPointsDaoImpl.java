package io.custmgr.rewards.dao;

import io.custmgr.rewards.domain.RewardPointsEntryImpl;
import io.custmgr.rewards.service.RewardPointsLine;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("cmRewardPointsDao")
public class RewardPointsDaoImpl implements RewardPointsDao {

    static final String T = RewardPointsEntryImpl.TABLE;

    static final String INSERT = "INSERT INTO " + T + " (ENTRY_ID, CUSTOMER_ID, POINTS, REASON, NOTE, ORDER_ID, CREATED,"
            + " ACTIVATES_AT, EXPIRES_AT, ADMIN_USER_ID, ACTOR) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Active: activated and not expired; pending: not activated yet. Expired points count in neither. */
    static final String BALANCE = "SELECT COALESCE(SUM(CASE WHEN ACTIVATES_AT <= :now AND (EXPIRES_AT IS NULL"
            + " OR EXPIRES_AT > :now) THEN POINTS ELSE 0 END), 0),"
            + " COALESCE(SUM(CASE WHEN ACTIVATES_AT > :now THEN POINTS ELSE 0 END), 0)"
            + " FROM " + T + " WHERE CUSTOMER_ID = :customer";

    static final String ORDER_TOTALS = "SELECT CUSTOMER_ID, SUM(POINTS), MAX(ACTIVATES_AT), MAX(EXPIRES_AT) FROM " + T
            + " WHERE ORDER_ID = :order AND REASON IN (:reasons) GROUP BY CUSTOMER_ID";

    static final String LEDGER = "SELECT p.ENTRY_ID, p.POINTS, p.REASON, p.NOTE, p.ORDER_ID, o.ORDER_NUMBER, p.CREATED,"
            + " p.ACTIVATES_AT, p.EXPIRES_AT, p.ACTOR FROM " + T + " p LEFT JOIN BLC_ORDER o ON o.ORDER_ID = p.ORDER_ID"
            + " WHERE p.CUSTOMER_ID = :customer ORDER BY p.CREATED DESC, p.ENTRY_ID DESC"
            + " LIMIT :max OFFSET :first";

    private static final RowMapper<RewardPointsLine> LINE = new RowMapper<RewardPointsLine>() {
        @Override
        public RewardPointsLine mapRow(ResultSet rs, int rowNum) throws SQLException {
            long order = rs.getLong(5);
            Long orderId = rs.wasNull() ? null : order;
            return new RewardPointsLine(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), orderId,
                    rs.getString(6), rs.getTimestamp(7), rs.getTimestamp(8), rs.getTimestamp(9), rs.getString(10));
        }
    };

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public void insert(long customerId, int points, String reason, String note, Long orderId, Date created,
            Date activatesAt, Date expiresAt, Long adminUserId, String actor) {
        jdbc.update(INSERT, nextId(), customerId, points, reason, note, orderId, timestamp(created),
                timestamp(activatesAt), timestamp(expiresAt), adminUserId, cut(actor));
    }

    /**
     * The entity's own generator, as a persist would call it: it moves the id table on its own connection, so the
     * caller's transaction (a checkout, a payment) holds no lock on it (HSQLDB locks whole tables).
     */
    protected Long nextId() {
        SessionImplementor session = (SessionImplementor) em.unwrap(Session.class);
        IdentifierGenerator generator = session.getFactory()
                .getIdentifierGenerator(RewardPointsEntryImpl.class.getName());
        return (Long) generator.generate(session, new RewardPointsEntryImpl());
    }

    @Override
    public void lockCustomer(long customerId) {
        jdbc.queryForList("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ? FOR UPDATE", Long.class,
                customerId);
    }

    @Override
    public long[] readBalance(long customerId, Date now) {
        return named.queryForObject(BALANCE, new MapSqlParameterSource("customer", customerId)
                .addValue("now", timestamp(now)), new RowMapper<long[]>() {
                    @Override
                    public long[] mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new long[] {rs.getLong(1), rs.getLong(2)};
                    }
                });
    }

    @Override
    public List<Object[]> readOrderTotals(long orderId, String... reasons) {
        return named.query(ORDER_TOTALS, new MapSqlParameterSource("order", orderId)
                .addValue("reasons", Arrays.asList(reasons)), new RowMapper<Object[]>() {
                    @Override
                    public Object[] mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new Object[] {rs.getLong(1), rs.getLong(2), rs.getTimestamp(3), rs.getTimestamp(4)};
                    }
                });
    }

    @Override
    public List<RewardPointsLine> readLedger(long customerId, int first, int max) {
        return named.query(LEDGER, new MapSqlParameterSource("customer", customerId).addValue("max", max)
                .addValue("first", first), LINE);
    }

    @Override
    public long countLedger(long customerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + T + " WHERE CUSTOMER_ID = ?", Long.class, customerId);
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    private static String cut(String actor) {
        String value = actor == null ? "system" : actor;
        return value.length() <= RewardPointsEntryImpl.ACTOR_LENGTH ? value
                : value.substring(0, RewardPointsEntryImpl.ACTOR_LENGTH);
    }
}
