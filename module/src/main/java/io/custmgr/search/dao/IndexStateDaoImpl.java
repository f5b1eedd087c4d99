package io.custmgr.search.dao;

import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.search.domain.SearchIndexStateImpl;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/** JDBC on {@code cmJdbcTemplate}. */
@Repository("cmIndexStateDao")
public class IndexStateDaoImpl implements IndexStateDao {

    static final String TABLE = SearchIndexStateImpl.TABLE;
    static final long ROW = SearchIndexStateImpl.ROW_ID;
    static final int ERROR_LENGTH = 1000;

    static final String CHANGED_SINCE = "SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE DATE_UPDATED >= ?"
            + " OR DATE_CREATED >= ?"
            + " UNION SELECT CUSTOMER_ID FROM BLC_ORDER WHERE CUSTOMER_ID IS NOT NULL AND (DATE_UPDATED >= ?"
            + " OR SUBMIT_DATE >= ?)"
            + " UNION SELECT CUSTOMER_ID FROM CM_CUSTOMER_AUDIT WHERE EVENT_TIME >= ?"
            + " UNION SELECT CUSTOMER_ID FROM CM_ACTIVITY_EVENT WHERE EVENT_TIME >= ?"
            + " UNION SELECT CUSTOMER_ID FROM CM_PAGE_VIEW WHERE VIEW_TIME >= ? AND CUSTOMER_ID IS NOT NULL"
            + " UNION SELECT SURVIVOR_ID FROM CM_CUSTOMER_MERGE WHERE MERGED_AT >= ?"
            + " UNION SELECT ABSORBED_ID FROM CM_CUSTOMER_MERGE WHERE MERGED_AT >= ? AND ABSORBED_ID IS NOT NULL";

    private JdbcTemplate jdbc;

    @Resource(name = "cmJdbcTemplate")
    public void setJdbcTemplate(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean ensureRow() {
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE STATE_ID = ?", Long.class, ROW);
        if (rows != null && rows > 0) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO " + TABLE + " (STATE_ID, GENERATION, REBUILD_STATUS, REBUILD_AFTER_ID,"
                    + " REBUILD_DONE, REBUILD_TOTAL) VALUES (?, 0, ?, 0, 0, 0)", ROW, IndexState.IDLE);
            return true;
        } catch (DataIntegrityViolationException e) {
            return false; // another node created it first
        }
    }

    @Override
    public IndexState read() {
        List<IndexState> states = jdbc.query("SELECT * FROM " + TABLE + " WHERE STATE_ID = ?",
                new RowMapper<IndexState>() {
                    @Override
                    public IndexState mapRow(ResultSet rs, int rowNum) throws SQLException {
                        IndexState s = new IndexState();
                        s.setConfirmedUntil(rs.getTimestamp("CONFIRMED_UNTIL"));
                        s.setGeneration(rs.getLong("GENERATION"));
                        s.setRebuildStatus(rs.getString("REBUILD_STATUS"));
                        s.setRebuildAfterId(rs.getLong("REBUILD_AFTER_ID"));
                        s.setRebuildDone(rs.getLong("REBUILD_DONE"));
                        s.setRebuildTotal(rs.getLong("REBUILD_TOTAL"));
                        s.setRebuildStarted(rs.getTimestamp("REBUILD_STARTED"));
                        s.setRebuildHeartbeat(rs.getTimestamp("REBUILD_HEARTBEAT"));
                        s.setRebuildFinished(rs.getTimestamp("REBUILD_FINISHED"));
                        s.setRebuildBy(rs.getString("REBUILD_BY"));
                        s.setRebuildError(rs.getString("REBUILD_ERROR"));
                        return s;
                    }
                }, ROW);
        if (states.isEmpty()) {
            ensureRow();
            return read();
        }
        return states.get(0);
    }

    @Override
    public void confirm(Date until) {
        jdbc.update("UPDATE " + TABLE + " SET CONFIRMED_UNTIL = ? WHERE STATE_ID = ?", ts(until), ROW);
    }

    @Override
    public boolean claimRebuild(boolean resume, long total, String by, Date staleBefore) {
        Timestamp now = ts(new Date());
        String set = resume ? "REBUILD_HEARTBEAT = ?, REBUILD_BY = ?, REBUILD_TOTAL = ?"
                : "REBUILD_HEARTBEAT = ?, REBUILD_BY = ?, REBUILD_TOTAL = ?, GENERATION = GENERATION + 1,"
                        + " REBUILD_AFTER_ID = 0, REBUILD_DONE = 0, REBUILD_FINISHED = NULL, REBUILD_ERROR = NULL,"
                        + " REBUILD_STARTED = ?";
        String where = resume ? " WHERE STATE_ID = ? AND REBUILD_STATUS = 'RUNNING' AND REBUILD_HEARTBEAT < ?"
                : " WHERE STATE_ID = ? AND (REBUILD_STATUS <> 'RUNNING' OR REBUILD_HEARTBEAT < ?)";
        Object[] args = resume ? new Object[] {now, by, total, ROW, ts(staleBefore)}
                : new Object[] {now, by, total, now, ROW, ts(staleBefore)};
        return jdbc.update("UPDATE " + TABLE + " SET REBUILD_STATUS = 'RUNNING', " + set + where, args) == 1;
    }

    @Override
    public void rebuildProgress(long afterId, long done) {
        jdbc.update("UPDATE " + TABLE + " SET REBUILD_AFTER_ID = ?, REBUILD_DONE = ?, REBUILD_HEARTBEAT = ?"
                + " WHERE STATE_ID = ?", afterId, done, ts(new Date()), ROW);
    }

    @Override
    public void rebuildFinished() {
        jdbc.update("UPDATE " + TABLE + " SET REBUILD_STATUS = 'IDLE', REBUILD_FINISHED = ? WHERE STATE_ID = ?",
                ts(new Date()), ROW);
    }

    @Override
    public void rebuildFailed(String error) {
        String text = error == null ? "failed" : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH)
                : error;
        jdbc.update("UPDATE " + TABLE + " SET REBUILD_STATUS = 'FAILED', REBUILD_ERROR = ? WHERE STATE_ID = ?",
                text, ROW);
    }

    @Override
    public List<Long> customersChangedSince(Date since, int limit) {
        Timestamp t = ts(since);
        return RowLimits.limitedTo(jdbc, limit).queryForList(CHANGED_SINCE, Long.class, t, t, t, t, t, t, t, t, t);
    }

    private static Timestamp ts(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
