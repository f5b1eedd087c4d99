package io.custmgr.common.job;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last run of each scheduled job ({@code CM_JOB_RUN}), written by the node that holds the job's lease, so never
 * by two nodes at once; read for the admin's Scheduled Jobs page together with the leases ({@code CM_JOB_LOCK}).
 * Auto-commit statements of their own: a job's record must not wait for, or roll back with, the job's work.
 */
public class JobRunDao {

    static final int MESSAGE_LENGTH = 1000;

    private final JdbcTemplate jdbc;

    public JobRunDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void started(String job, String node, Date started) {
        Timestamp at = new Timestamp(started.getTime());
        int updated = jdbc.update("UPDATE " + JobRunImpl.TABLE + " SET NODE = ?, STARTED = ?, FINISHED = NULL,"
                + " DURATION_MS = NULL, OUTCOME = ?, MESSAGE = NULL, RUNS = RUNS + 1 WHERE JOB_NAME = ?", node, at,
                JobOutcome.RUNNING.name(), job);
        if (updated == 0) {
            jdbc.update("INSERT INTO " + JobRunImpl.TABLE + " (JOB_NAME, NODE, STARTED, OUTCOME, RUNS)"
                    + " VALUES (?, ?, ?, ?, 1)", job, node, at, JobOutcome.RUNNING.name());
        }
    }

    public void finished(String job, Date finished, long durationMs, JobOutcome outcome, String message) {
        jdbc.update("UPDATE " + JobRunImpl.TABLE + " SET FINISHED = ?, DURATION_MS = ?, OUTCOME = ?, MESSAGE = ?"
                + " WHERE JOB_NAME = ?", new Timestamp(finished.getTime()), durationMs, outcome.name(),
                cut(message), job);
    }

    /**
     * @param known the jobs the module schedules, name to description, in the order to list them; jobs with a record
     *        but not known (a host's own) follow
     */
    public List<JobRunView> findAll(final Map<String, String> known) {
        final Map<String, JobRunView> byName = new LinkedHashMap<String, JobRunView>();
        jdbc.query("SELECT r.JOB_NAME, r.NODE, r.STARTED, r.FINISHED, r.DURATION_MS, r.OUTCOME, r.MESSAGE, r.RUNS,"
                + " l.LOCKED_BY, l.LOCK_UNTIL FROM " + JobRunImpl.TABLE + " r LEFT JOIN " + JobLockImpl.TABLE
                + " l ON l.NAME = r.JOB_NAME AND l.LOCK_UNTIL > ? ORDER BY r.JOB_NAME", new RowMapper<Void>() {
                    @Override
                    public Void mapRow(ResultSet rs, int row) throws SQLException {
                        String name = rs.getString(1);
                        long duration = rs.getLong(5);
                        Long durationMs = rs.wasNull() ? null : Long.valueOf(duration);
                        byName.put(name, new JobRunView(name, known.get(name), rs.getString(2), rs.getTimestamp(3),
                                rs.getTimestamp(4), durationMs, JobOutcome.valueOf(rs.getString(6)),
                                rs.getString(7), rs.getLong(8), rs.getString(9), rs.getTimestamp(10)));
                        return null;
                    }
                }, new Timestamp(System.currentTimeMillis()));
        List<JobRunView> jobs = new ArrayList<JobRunView>();
        for (Map.Entry<String, String> job : known.entrySet()) {
            JobRunView run = byName.remove(job.getKey());
            jobs.add(run != null ? run : new JobRunView(job.getKey(), job.getValue(), null, null, null, null, null, null,
                    0L, null, null));
        }
        jobs.addAll(byName.values());
        return jobs;
    }

    static String cut(String message) {
        return message == null || message.length() <= MESSAGE_LENGTH ? message
                : message.substring(0, MESSAGE_LENGTH - 1) + "\u2026";
    }
}
