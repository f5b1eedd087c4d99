package io.custmgr.maillog.dao;

import io.custmgr.common.jdbc.InLists;
import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.maillog.domain.MailLogEntryImpl;
import io.custmgr.maillog.service.MailLogRecord;
import io.custmgr.maillog.service.MailLogView;
import io.custmgr.maillog.type.MailStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

@Repository("cmMailLogDao")
public class MailLogDaoImpl implements MailLogDao {

    static final String TABLE = MailLogEntryImpl.TABLE;
    static final String LISTED = "LOG_ID, CUSTOMER_ID, TO_ADDRESS, SUBJECT, KIND, CREATED, STATUS, STATUS_TIME, ERROR,"
            + " MASKED, SENDER, RESENT_FROM";

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Override
    public void insertQueued(MailLogRecord record, String sender, String requestKey, String resentFrom) {
        jdbc.update("INSERT INTO " + TABLE + " (LOG_ID, CUSTOMER_ID, TO_ADDRESS, SUBJECT, KIND, CREATED, STATUS,"
                + " STATUS_TIME, CONTENT, MASKED, SENDER, REQUEST_KEY, RESENT_FROM) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?)", record.getId(), record.getCustomerId(), cut(record.getTo(), MailLogEntryImpl.ADDRESS_LENGTH),
                cut(record.getSubject(), MailLogEntryImpl.SUBJECT_LENGTH), record.getKind(), time(record.getCreated()),
                MailStatus.QUEUED.name(), time(record.getCreated()),
                cut(record.getContent(), MailLogEntryImpl.CONTENT_LENGTH), record.isMasked(), cut(sender, 255),
                requestKey, resentFrom);
    }

    @Override
    public void saveOutcome(MailLogRecord record) {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        String error = cut(record.getError(), MailLogEntryImpl.ERROR_LENGTH);
        String content = cut(record.getContent(), MailLogEntryImpl.CONTENT_LENGTH);
        int updated = jdbc.update("UPDATE " + TABLE + " SET STATUS = ?, STATUS_TIME = ?, ERROR = ?,"
                + " CONTENT = COALESCE(?, CONTENT), MASKED = ?, CUSTOMER_ID = COALESCE(CUSTOMER_ID, ?) WHERE LOG_ID = ?",
                record.getStatus().name(), now, error, content, record.isMasked(), record.getCustomerId(),
                record.getId());
        if (updated == 0) {
            jdbc.update("INSERT INTO " + TABLE + " (LOG_ID, CUSTOMER_ID, TO_ADDRESS, SUBJECT, KIND, CREATED, STATUS,"
                    + " STATUS_TIME, ERROR, CONTENT, MASKED) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", record.getId(),
                    record.getCustomerId(), cut(record.getTo(), MailLogEntryImpl.ADDRESS_LENGTH),
                    cut(record.getSubject(), MailLogEntryImpl.SUBJECT_LENGTH), record.getKind(),
                    time(record.getCreated()), record.getStatus().name(), now, error, content, record.isMasked());
        }
    }

    @Override
    public String readIdByRequestKey(String requestKey) {
        List<String> ids = jdbc.queryForList("SELECT LOG_ID FROM " + TABLE + " WHERE REQUEST_KEY = ?", String.class,
                requestKey);
        return ids.isEmpty() ? null : ids.get(0);
    }

    @Override
    public List<MailLogView> readEntries(Long customerId, int max) {
        return RowLimits.limitedTo(jdbc, Math.max(1, max)).query("SELECT " + LISTED + " FROM " + TABLE
                + " WHERE CUSTOMER_ID = ? ORDER BY CREATED DESC, LOG_ID DESC", new ViewMapper(false), customerId);
    }

    @Override
    public int countEntries(Long customerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE CUSTOMER_ID = ?", Integer.class,
                customerId);
    }

    @Override
    public MailLogView readEntry(String id) {
        List<MailLogView> views = jdbc.query("SELECT " + LISTED + ", CONTENT FROM " + TABLE + " WHERE LOG_ID = ?",
                new ViewMapper(true), id);
        return views.isEmpty() ? null : views.get(0);
    }

    @Override
    public int deleteOlderThan(Date cutoff, int limit) {
        Timestamp before = new Timestamp(cutoff.getTime());
        List<String> ids = RowLimits.limitedTo(jdbc, Math.min(InLists.MAX, Math.max(1, limit))).queryForList("SELECT LOG_ID FROM " + TABLE
                + " WHERE CREATED < ? ORDER BY CREATED", String.class, before);
        if (ids.isEmpty()) {
            return 0;
        }
        return named.update("DELETE FROM " + TABLE + " WHERE LOG_ID IN (:ids)", new MapSqlParameterSource("ids", ids));
    }

    static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    private static Timestamp time(Date date) {
        return new Timestamp((date == null ? new Date() : date).getTime());
    }

    private static final class ViewMapper implements RowMapper<MailLogView> {

        private final boolean withContent;

        ViewMapper(boolean withContent) {
            this.withContent = withContent;
        }

        @Override
        public MailLogView mapRow(ResultSet rs, int rowNum) throws SQLException {
            long customerId = rs.getLong(2);
            Long customer = rs.wasNull() ? null : customerId;
            return new MailLogView(rs.getString(1), customer, rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getTimestamp(6), MailStatus.valueOf(rs.getString(7).trim()), rs.getTimestamp(8),
                    rs.getString(9), withContent ? rs.getString(13) : null, rs.getBoolean(10), rs.getString(11),
                    rs.getString(12));
        }
    }
}
