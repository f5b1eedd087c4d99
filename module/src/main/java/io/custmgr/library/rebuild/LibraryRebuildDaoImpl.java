package io.custmgr.library.rebuild;

import io.custmgr.common.jdbc.RowLimits;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SingleColumnRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

@Repository("cmLibraryRebuildDao")
public class LibraryRebuildDaoImpl implements LibraryRebuildDao {

    static final String T = LibraryRebuildRunImpl.TABLE;
    static final String ACTIVE = " STATUS IN ('QUEUED', 'RUNNING')";
    static final String STALLED = " WHERE" + ACTIVE + " AND (HEARTBEAT IS NULL OR HEARTBEAT < ?)";
    static final String RUN = "SELECT RUN_ID, STATUS, STARTED_BY, CREATED, RESUMED, FINISHED, TOTAL_COUNT, DONE_COUNT,"
            + " RESUMED_COUNT, ADDED_COUNT, REVOKED_COUNT, MESSAGE FROM " + T;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Override
    public long[] readCustomerSpan() {
        return jdbc.queryForObject("SELECT MIN(CUSTOMER_ID), MAX(CUSTOMER_ID), COUNT(*) FROM BLC_CUSTOMER",
                new RowMapper<long[]>() {
                    @Override
                    public long[] mapRow(ResultSet rs, int rowNum) throws SQLException {
                        long count = rs.getLong(3);
                        return count == 0 ? null : new long[] {rs.getLong(1), rs.getLong(2), count};
                    }
                });
    }

    @Override
    public Long readBatchEnd(long fromId, int size) {
        List<Long> ids = RowLimits.page(jdbc, "SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE CUSTOMER_ID >= ?"
                + " ORDER BY CUSTOMER_ID", new SingleColumnRowMapper<Long>(Long.class), size - 1, 1, fromId);
        return ids.isEmpty() ? null : ids.get(0);
    }

    @Override
    public int countCustomers(long fromId, long toId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER WHERE CUSTOMER_ID BETWEEN ? AND ?",
                Integer.class, fromId, toId);
    }

    @Override
    public boolean hasActiveRun() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + T + " WHERE" + ACTIVE, Integer.class) > 0;
    }

    @Override
    public LibraryRebuildRun readRun(long runId) {
        List<LibraryRebuildRun> runs = jdbc.query(RUN + " WHERE RUN_ID = ?", MAPPER, runId);
        return runs.isEmpty() ? null : runs.get(0);
    }

    @Override
    public LibraryRebuildRun readLatest() {
        List<LibraryRebuildRun> runs = RowLimits.page(jdbc, RUN + " ORDER BY CREATED DESC, RUN_ID DESC", MAPPER, 0, 1);
        return runs.isEmpty() ? null : runs.get(0);
    }

    @Override
    public long[] readRange(long runId) {
        return jdbc.queryForObject("SELECT NEXT_ID, LAST_ID FROM " + T + " WHERE RUN_ID = ?", new RowMapper<long[]>() {
            @Override
            public long[] mapRow(ResultSet rs, int rowNum) throws SQLException {
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }, runId);
    }

    @Override
    public void markRunning(long runId, Date now) {
        Timestamp time = new Timestamp(now.getTime());
        jdbc.update("UPDATE " + T + " SET STATUS = 'RUNNING', RESUMED = ?, RESUMED_COUNT = DONE_COUNT, HEARTBEAT = ?"
                + " WHERE RUN_ID = ?", time, time, runId);
    }

    @Override
    public void advance(long runId, long batchEnd, int customers, int added, int revoked, Date now) {
        jdbc.update("UPDATE " + T + " SET NEXT_ID = ?, DONE_COUNT = DONE_COUNT + ?, ADDED_COUNT = ADDED_COUNT + ?,"
                + " REVOKED_COUNT = REVOKED_COUNT + ?, HEARTBEAT = ? WHERE RUN_ID = ?", batchEnd + 1, customers, added,
                revoked, new Timestamp(now.getTime()), runId);
    }

    @Override
    public void finish(long runId, String status, String message, Date now) {
        Timestamp time = new Timestamp(now.getTime());
        if (message == null) { // a resumed run keeps saying so
            jdbc.update("UPDATE " + T + " SET STATUS = ?, FINISHED = ?, HEARTBEAT = ? WHERE RUN_ID = ?", status, time,
                    time, runId);
        } else {
            jdbc.update("UPDATE " + T + " SET STATUS = ?, MESSAGE = ?, FINISHED = ?, HEARTBEAT = ? WHERE RUN_ID = ?",
                    status, message, time, time, runId);
        }
    }

    @Override
    public void renewHeartbeats(Collection<Long> runIds, Date now) {
        if (!runIds.isEmpty()) {
            named.update("UPDATE " + T + " SET HEARTBEAT = :now WHERE RUN_ID IN (:runs) AND" + ACTIVE,
                    new MapSqlParameterSource("runs", runIds).addValue("now", new Timestamp(now.getTime())));
        }
    }

    @Override
    public List<Long> readStalledRuns(Date staleBefore) {
        return jdbc.queryForList("SELECT RUN_ID FROM " + T + STALLED + " ORDER BY RUN_ID", Long.class,
                new Timestamp(staleBefore.getTime()));
    }

    @Override
    public boolean claimStalledRun(long runId, Date staleBefore, String message, Date now) {
        return jdbc.update("UPDATE " + T + " SET STATUS = 'QUEUED', HEARTBEAT = ?, MESSAGE = ?" + STALLED
                + " AND RUN_ID = ?", new Timestamp(now.getTime()), message, new Timestamp(staleBefore.getTime()),
                runId) == 1;
    }

    static final RowMapper<LibraryRebuildRun> MAPPER = new RowMapper<LibraryRebuildRun>() {
        @Override
        public LibraryRebuildRun mapRow(ResultSet rs, int rowNum) throws SQLException {
            return new LibraryRebuildRun(rs.getLong("RUN_ID"), rs.getString("STATUS"), rs.getString("STARTED_BY"),
                    rs.getTimestamp("CREATED"), rs.getTimestamp("RESUMED"), rs.getTimestamp("FINISHED"),
                    rs.getInt("TOTAL_COUNT"), rs.getInt("DONE_COUNT"), rs.getInt("RESUMED_COUNT"),
                    rs.getInt("ADDED_COUNT"), rs.getInt("REVOKED_COUNT"), rs.getString("MESSAGE"));
        }
    };
}
