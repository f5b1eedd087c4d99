package io.custmgr.accountaudit.dao;

import io.custmgr.accountaudit.domain.AccountAuditResultImpl;
import io.custmgr.accountaudit.domain.CleanupRunImpl;
import io.custmgr.accountaudit.domain.CleanupRunItemImpl;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.CleanupOutcome;
import io.custmgr.common.jdbc.InLists;
import io.custmgr.common.jdbc.PostgresJit;
import io.custmgr.customer.deletion.dao.KeepRules;
import io.custmgr.customer.deletion.type.KeepRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

@Repository("cmAccountCleanupDao")
public class AccountCleanupDaoImpl implements AccountCleanupDao {

    static final String ITEM = CleanupRunItemImpl.TABLE;
    static final String RESULT = AccountAuditResultImpl.TABLE;

    /**
     * The batch's customers still waiting: the selector every delete of a batch runs on. A batch is an ascending run
     * of the run's PENDING ids, so the id range it spans selects it: a range scan of the item index, where a list of
     * 500 ids would be matched against every item of a large run.
     */
    static final String PENDING = "SELECT p.CUSTOMER_ID FROM " + ITEM + " p WHERE p.CLEANUP_RUN_ID = :run"
            + " AND p.OUTCOME = 'PENDING' AND p.CUSTOMER_ID BETWEEN :first AND :last";

    /** A run the job still owes work: queued or running, and no sign of life since the given time. */
    static final String STALLED = " WHERE STATUS IN ('QUEUED', 'RUNNING') AND (HEARTBEAT IS NULL OR HEARTBEAT < ?)";

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    protected final PostgresJit jit = new PostgresJit();

    @Override
    public int insertItems(long runId, AccountClass accountClass, Collection<Long> customerIds) {
        String insert = "INSERT INTO " + ITEM + " (CLEANUP_RUN_ID, CUSTOMER_ID, EMAIL, OUTCOME)"
                + " SELECT :run, r.CUSTOMER_ID, c.EMAIL_ADDRESS, 'PENDING' FROM " + RESULT + " r"
                + " JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = r.CUSTOMER_ID WHERE r.ACCOUNT_CLASS = :class";
        MapSqlParameterSource params = new MapSqlParameterSource("run", runId).addValue("class", accountClass.name());
        boolean postgres = jit.offForTransaction(jdbc);
        int inserted = 0;
        if (customerIds == null) {
            inserted = named.update(insert, params);
        } else {
            for (List<Long> chunk : InLists.chunks(customerIds)) {
                inserted += named.update(insert + " AND r.CUSTOMER_ID IN (:ids)", params.addValue("ids", chunk));
            }
        }
        if (postgres) {
            // the job starts at once, before autovacuum has seen the new items: plan its batches for their number
            jdbc.execute("ANALYZE " + ITEM);
        }
        return inserted;
    }

    @Override
    public List<Long> readPendingIds(long runId, long afterId, int max) {
        return jdbc.queryForList("SELECT CUSTOMER_ID FROM " + ITEM + " WHERE CLEANUP_RUN_ID = ? AND OUTCOME = 'PENDING'"
                + " AND CUSTOMER_ID > ? ORDER BY CUSTOMER_ID LIMIT ?", Long.class, runId, afterId, max);
    }

    @Override
    public Map<KeepRule, Integer> markKept(long runId, List<Long> batch, int batchNo) {
        String[] rules = KeepRules.firstRuleAndAnyRule(ITEM + ".CUSTOMER_ID", true);
        named.update("UPDATE " + ITEM + " SET OUTCOME = 'KEPT', BATCH_NO = :batch, REASON = " + rules[0]
                + " WHERE CLEANUP_RUN_ID = :run AND OUTCOME = 'PENDING' AND CUSTOMER_ID BETWEEN :first AND :last AND "
                + rules[1],
                range(runId, batch, KeepRules.params()).addValue("batch", batchNo));
        final Map<KeepRule, Integer> kept = new EnumMap<KeepRule, Integer>(KeepRule.class);
        named.query("SELECT REASON, COUNT(*) FROM " + ITEM + " WHERE CLEANUP_RUN_ID = :run AND OUTCOME = 'KEPT'"
                + " AND BATCH_NO = :batch GROUP BY REASON", new MapSqlParameterSource("run", runId)
                .addValue("batch", batchNo), new RuleCounter(kept));
        return kept;
    }

    @Override
    public List<Long> readPending(long runId, List<Long> batch) {
        return named.queryForList(PENDING + " ORDER BY p.CUSTOMER_ID", range(runId, batch,
                new MapSqlParameterSource()), Long.class);
    }

    @Override
    public int markDeleted(long runId, List<Long> pending, int batchNo) {
        return named.update("UPDATE " + ITEM + " SET OUTCOME = 'DELETED', BATCH_NO = :batch WHERE CLEANUP_RUN_ID = :run"
                + " AND OUTCOME = 'PENDING' AND CUSTOMER_ID BETWEEN :first AND :last",
                range(runId, pending, new MapSqlParameterSource()).addValue("batch", batchNo));
    }

    @Override
    public int markFailed(long runId, List<Long> batch, int batchNo, String reason) {
        return named.update("UPDATE " + ITEM + " SET OUTCOME = 'FAILED', BATCH_NO = :batch, REASON = :reason"
                + " WHERE CLEANUP_RUN_ID = :run AND OUTCOME = 'PENDING' AND CUSTOMER_ID BETWEEN :first AND :last",
                range(runId, batch, new MapSqlParameterSource()).addValue("batch", batchNo)
                        .addValue("reason", reason));
    }

    @Override
    public void updateCounts(long runId) {
        Map<CleanupOutcome, Integer> counts = countItems(runId);
        jdbc.update("UPDATE " + CleanupRunImpl.TABLE + " SET DELETED_COUNT = ?, KEPT_COUNT = ?, FAILED_COUNT = ?,"
                + " FAILED_BATCHES = (SELECT COUNT(DISTINCT BATCH_NO) FROM " + ITEM
                + " WHERE CLEANUP_RUN_ID = ? AND OUTCOME = 'FAILED'), HEARTBEAT = ? WHERE CLEANUP_RUN_ID = ?",
                counts.get(CleanupOutcome.DELETED), counts.get(CleanupOutcome.KEPT), counts.get(CleanupOutcome.FAILED),
                runId, new Timestamp(System.currentTimeMillis()), runId);
    }

    @Override
    public int lastBatchNo(long runId) {
        Integer last = jdbc.queryForObject("SELECT MAX(BATCH_NO) FROM " + ITEM + " WHERE CLEANUP_RUN_ID = ?",
                Integer.class, runId);
        return last == null ? 0 : last;
    }

    @Override
    public void renewHeartbeats(Collection<Long> runIds) {
        if (!runIds.isEmpty()) {
            named.update("UPDATE " + CleanupRunImpl.TABLE + " SET HEARTBEAT = :now WHERE CLEANUP_RUN_ID IN (:runs)"
                    + " AND STATUS IN ('QUEUED', 'RUNNING')", new MapSqlParameterSource("runs", runIds)
                    .addValue("now", new Timestamp(System.currentTimeMillis())));
        }
    }

    @Override
    public List<Long> findStalledRuns(Date staleBefore) {
        return jdbc.queryForList("SELECT CLEANUP_RUN_ID FROM " + CleanupRunImpl.TABLE + STALLED
                + " ORDER BY CLEANUP_RUN_ID", Long.class, new Timestamp(staleBefore.getTime()));
    }

    @Override
    public boolean claimStalledRun(long runId, Date staleBefore, String message) {
        return jdbc.update("UPDATE " + CleanupRunImpl.TABLE + " SET STATUS = 'QUEUED', HEARTBEAT = ?, MESSAGE = ?"
                + STALLED + " AND CLEANUP_RUN_ID = ?", new Timestamp(System.currentTimeMillis()), message,
                new Timestamp(staleBefore.getTime()), runId) == 1;
    }

    @Override
    public Map<CleanupOutcome, Integer> countItems(long runId) {
        final Map<CleanupOutcome, Integer> counts = new EnumMap<CleanupOutcome, Integer>(CleanupOutcome.class);
        for (CleanupOutcome outcome : CleanupOutcome.values()) {
            counts.put(outcome, 0);
        }
        jdbc.query("SELECT OUTCOME, COUNT(*) FROM " + ITEM + " WHERE CLEANUP_RUN_ID = ? GROUP BY OUTCOME",
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        counts.put(CleanupOutcome.valueOf(rs.getString(1).trim()), rs.getInt(2));
                    }
                }, runId);
        return counts;
    }

    @Override
    public List<CleanupItemRow> readItems(long runId, CleanupOutcome outcome, int firstResult, int maxResults) {
        List<Object> args = new ArrayList<Object>();
        args.add(runId);
        String where = "";
        if (outcome != null) {
            where = " AND OUTCOME = ?";
            args.add(outcome.name());
        }
        args.add(maxResults);
        args.add(firstResult);
        return jdbc.query("SELECT CUSTOMER_ID, EMAIL, OUTCOME, REASON, BATCH_NO FROM " + ITEM
                + " WHERE CLEANUP_RUN_ID = ?" + where + " ORDER BY CUSTOMER_ID LIMIT ? OFFSET ?",
                new RowMapper<CleanupItemRow>() {
                    @Override
                    public CleanupItemRow mapRow(ResultSet rs, int rowNum) throws SQLException {
                        int batch = rs.getInt(5);
                        return new CleanupItemRow(rs.getLong(1), rs.getString(2),
                                CleanupOutcome.valueOf(rs.getString(3).trim()), rs.getString(4),
                                rs.wasNull() ? null : batch);
                    }
                }, args.toArray());
    }

    @Override
    public Map<KeepRule, Integer> previewKept(AccountClass accountClass, Collection<Long> customerIds) {
        String[] rules = KeepRules.firstRuleAndAnyRule("r.CUSTOMER_ID", false);
        Map<KeepRule, Integer> kept = new EnumMap<KeepRule, Integer>(KeepRule.class);
        // Grouped outside: HSQLDB cannot group by an expression holding parameters.
        String select = "SELECT " + rules[0] + " AS KEEP_RULE FROM " + RESULT + " r WHERE r.ACCOUNT_CLASS = :class AND "
                + rules[1];
        String grouped = ") k GROUP BY KEEP_RULE";
        MapSqlParameterSource params = KeepRules.params().addValue("class", accountClass.name());
        if (customerIds == null) {
            named.query("SELECT KEEP_RULE, COUNT(*) FROM (" + select + grouped, params, new RuleCounter(kept));
        } else {
            for (List<Long> chunk : InLists.chunks(customerIds)) {
                named.query("SELECT KEEP_RULE, COUNT(*) FROM (" + select + " AND r.CUSTOMER_ID IN (:ids)" + grouped,
                        params.addValue("ids", chunk), new RuleCounter(kept));
            }
        }
        return kept;
    }

    @Override
    public int countSelection(AccountClass accountClass, Collection<Long> customerIds) {
        String count = "SELECT COUNT(*) FROM " + RESULT + " WHERE ACCOUNT_CLASS = :class";
        MapSqlParameterSource params = new MapSqlParameterSource("class", accountClass.name());
        if (customerIds == null) {
            return named.queryForObject(count, params, Integer.class);
        }
        int selected = 0;
        for (List<Long> chunk : InLists.chunks(customerIds)) {
            selected += named.queryForObject(count + " AND CUSTOMER_ID IN (:ids)", params.addValue("ids", chunk),
                    Integer.class);
        }
        return selected;
    }

    /** The run and the id range an ascending batch spans, for {@link #PENDING}. */
    static MapSqlParameterSource range(long runId, List<Long> ascendingIds, MapSqlParameterSource params) {
        return params.addValue("run", runId).addValue("first", ascendingIds.get(0))
                .addValue("last", ascendingIds.get(ascendingIds.size() - 1));
    }

    private static final class RuleCounter implements RowCallbackHandler {

        private final Map<KeepRule, Integer> counts;

        RuleCounter(Map<KeepRule, Integer> counts) {
            this.counts = counts;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            KeepRule rule = KeepRule.valueOf(rs.getString(1).trim());
            Integer before = counts.get(rule);
            counts.put(rule, (before == null ? 0 : before) + rs.getInt(2));
        }
    }
}
