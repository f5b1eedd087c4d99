package io.custmgr.privacy.dao;

import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.privacy.domain.ErasureRequestImpl;
import io.custmgr.privacy.type.ErasureRequestStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

@Repository("cmErasureRequestDao")
public class ErasureRequestDaoImpl implements ErasureRequestDao {

    static final String TABLE = ErasureRequestImpl.TABLE;
    static final String VIEW = "SELECT r.REQUEST_ID, r.CUSTOMER_ID, c.EMAIL_ADDRESS, c.FIRST_NAME, c.LAST_NAME,"
            + " r.REQUESTED, r.STATUS FROM " + TABLE + " r LEFT JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = r.CUSTOMER_ID";

    private static final RowMapper<ErasureRequestView> ROW = new RowMapper<ErasureRequestView>() {
        @Override
        public ErasureRequestView mapRow(ResultSet rs, int rowNum) throws SQLException {
            String name = ((rs.getString(4) == null ? "" : rs.getString(4)) + " "
                    + (rs.getString(5) == null ? "" : rs.getString(5))).trim();
            return new ErasureRequestView(rs.getString(1), rs.getLong(2), rs.getString(3),
                    name.isEmpty() ? null : name, rs.getTimestamp(6), ErasureRequestStatus.valueOf(rs.getString(7)));
        }
    };

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    public void insert(String requestId, long customerId, Date requested, String source) {
        named.update("INSERT INTO " + TABLE + " (REQUEST_ID, CUSTOMER_ID, REQUESTED, SOURCE, STATUS) VALUES"
                + " (:id, :customer, :requested, :source, :status)", new MapSqlParameterSource("id", requestId)
                .addValue("customer", customerId).addValue("requested", new Timestamp(requested.getTime()))
                .addValue("source", source).addValue("status", ErasureRequestStatus.PENDING.name()));
    }

    @Override
    public ErasureRequestView readPending(long customerId) {
        List<ErasureRequestView> rows = named.query(VIEW + " WHERE r.CUSTOMER_ID = :customer AND r.STATUS = :pending",
                new MapSqlParameterSource("customer", customerId).addValue("pending", pending()), ROW);
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public ErasureRequestView read(String requestId) {
        List<ErasureRequestView> rows = named.query(VIEW + " WHERE r.REQUEST_ID = :id",
                new MapSqlParameterSource("id", requestId), ROW);
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public List<ErasureRequestView> readPending(int first, int max) {
        List<ErasureRequestView> rows = limited(first + max).query(VIEW + " WHERE r.STATUS = :pending"
                + " ORDER BY r.REQUESTED, r.REQUEST_ID", new MapSqlParameterSource("pending", pending()), ROW);
        return rows.size() <= first ? new ArrayList<ErasureRequestView>()
                : new ArrayList<ErasureRequestView>(rows.subList(first, rows.size()));
    }

    @Override
    public long countPending() {
        return named.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE STATUS = :pending",
                new MapSqlParameterSource("pending", pending()), Long.class);
    }

    @Override
    public List<Long> readDueCustomers(Date requestedBefore, int max) {
        return limited(max).queryForList("SELECT CUSTOMER_ID FROM " + TABLE + " WHERE STATUS = :pending"
                + " AND REQUESTED < :before ORDER BY REQUESTED", new MapSqlParameterSource("pending", pending())
                .addValue("before", new Timestamp(requestedBefore.getTime())), Long.class);
    }

    @Override
    public int decide(String requestId, Collection<Long> customerIds, ErasureRequestStatus status, String decidedBy,
            Date now) {
        MapSqlParameterSource params = new MapSqlParameterSource("status", status.name())
                .addValue("by", decidedBy).addValue("now", new Timestamp(now.getTime()))
                .addValue("pending", pending()).addValue("id", requestId).addValue("ids", customerIds);
        String which = requestId != null ? "REQUEST_ID = :id" : "CUSTOMER_ID IN (:ids)";
        return named.update("UPDATE " + TABLE + " SET STATUS = :status, DECIDED_BY = :by, DECIDED = :now WHERE "
                + which + " AND STATUS = :pending", params);
    }

    private NamedParameterJdbcTemplate limited(int maxRows) {
        return new NamedParameterJdbcTemplate(RowLimits.limitedTo(jdbc, maxRows));
    }

    private static String pending() {
        return ErasureRequestStatus.PENDING.name();
    }
}
