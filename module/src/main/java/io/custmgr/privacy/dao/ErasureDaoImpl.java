package io.custmgr.privacy.dao;

import io.custmgr.common.jdbc.PostgresJit;
import io.custmgr.customer.orders.type.OrderKinds;
import io.custmgr.privacy.domain.ErasureMark;
import io.custmgr.privacy.type.ErasureRefusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

@Repository("cmErasureDao")
public class ErasureDaoImpl implements ErasureDao {

    /** The refusal rules as SQL on {@code BLC_CUSTOMER c}, in {@link ErasureRefusal} order (NOT_FOUND: no row). */
    static final Map<ErasureRefusal, String> RULES = new LinkedHashMap<ErasureRefusal, String>();

    static {
        RULES.put(ErasureRefusal.ALREADY_ERASED, "c." + ErasureMark.COLUMN + " IS NOT NULL");
        RULES.put(ErasureRefusal.MERGED_AWAY, "c.CM_MERGED_INTO IS NOT NULL");
        RULES.put(ErasureRefusal.MERGE_PENDING, "EXISTS (SELECT 1 FROM CM_CUSTOMER_MERGE_LOCK l"
                + " WHERE l.CUSTOMER_ID = c.CUSTOMER_ID AND l.LOCKED_AT >= :lockedAfter)");
        RULES.put(ErasureRefusal.CLEANUP_PENDING, "EXISTS (SELECT 1 FROM CM_CLEANUP_RUN_ITEM i JOIN CM_CLEANUP_RUN r"
                + " ON r.CLEANUP_RUN_ID = i.CLEANUP_RUN_ID WHERE i.CUSTOMER_ID = c.CUSTOMER_ID"
                + " AND i.OUTCOME = 'PENDING' AND r.STATUS IN ('QUEUED', 'RUNNING'))");
        RULES.put(ErasureRefusal.OPEN_ORDERS, "EXISTS (SELECT 1 FROM BLC_ORDER o WHERE o.CUSTOMER_ID = c.CUSTOMER_ID"
                + " AND " + OrderKinds.unfinishedCondition("o") + ")");
    }

    /** What goes, counted in one statement: label, then the SQL counting the rows of customer :id. */
    static final String[][] ERASED_COUNTS = {
            {"Addresses", "SELECT COUNT(*) FROM BLC_CUSTOMER_ADDRESS WHERE CUSTOMER_ID = :id"},
            {"Phones", "SELECT COUNT(*) FROM BLC_CUSTOMER_PHONE WHERE CUSTOMER_ID = :id"},
            {"Saved payment methods", "SELECT COUNT(*) FROM BLC_CUSTOMER_PAYMENT WHERE CUSTOMER_ID = :id"},
            {"Page views", "SELECT COUNT(*) FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = :id"},
            {"Activity log events", "SELECT COUNT(*) FROM CM_ACTIVITY_EVENT WHERE CUSTOMER_ID = :id"},
            {"Private messages", "SELECT COUNT(*) FROM CM_CUSTOMER_MESSAGE WHERE CUSTOMER_ID = :id"},
            {"E-mail log entries", "SELECT COUNT(*) FROM CM_MAIL_LOG WHERE CUSTOMER_ID = :id"},
            {"Group memberships", "SELECT COUNT(*) FROM CM_CUSTOMER_GROUP_MEMBER WHERE CUSTOMER_ID = :id"},
            {"Audit trail entries", "SELECT COUNT(*) FROM CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = :id"}};

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    protected final PostgresJit jit = new PostgresJit();

    @Override
    public void lockCustomers(List<Long> customerIds) {
        jit.offForTransaction(jdbc); // the steps' statements over a batch; ends with the erasure's transaction
        named.queryForList("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE CUSTOMER_ID IN (:ids) ORDER BY CUSTOMER_ID"
                + " FOR UPDATE", new MapSqlParameterSource("ids", customerIds), Long.class);
    }

    @Override
    public Map<Long, ErasureRefusal> readRefusals(List<Long> customerIds, final boolean force,
            Collection<String> completeStatuses, Date mergeLocksAfter) {
        StringBuilder firstRule = new StringBuilder("CASE");
        for (Map.Entry<ErasureRefusal, String> rule : RULES.entrySet()) {
            if (force && rule.getKey().isForceable()) {
                continue;
            }
            // a literal cast: HSQLDB pads bare CASE literals to the longest one
            firstRule.append(" WHEN ").append(rule.getValue()).append(" THEN CAST('").append(rule.getKey().name())
                    .append("' AS VARCHAR(32))");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", customerIds)
                .addValue("complete", completeStatuses)
                .addValue("lockedAfter", new Timestamp(mergeLocksAfter.getTime()));
        final Map<Long, ErasureRefusal> refusals = new LinkedHashMap<Long, ErasureRefusal>();
        final Set<Long> found = new HashSet<Long>();
        named.query("SELECT c.CUSTOMER_ID, " + firstRule + " END FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID IN (:ids)",
                params, new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        found.add(rs.getLong(1));
                        String refusal = rs.getString(2);
                        if (refusal != null) {
                            refusals.put(rs.getLong(1), ErasureRefusal.valueOf(refusal.trim()));
                        }
                    }
                });
        for (Long id : customerIds) {
            if (!found.contains(id)) {
                refusals.put(id, ErasureRefusal.NOT_FOUND);
            }
        }
        return refusals;
    }

    @Override
    public ErasureSubject readSubject(long customerId) {
        StringBuilder sql = new StringBuilder("SELECT c.EMAIL_ADDRESS, c.FIRST_NAME, c.LAST_NAME, (SELECT COUNT(*)"
                + " FROM BLC_ORDER o WHERE o.CUSTOMER_ID = :id AND " + OrderKinds.placedCondition("o") + ")");
        for (String[] count : ERASED_COUNTS) {
            sql.append(", (").append(count[1]).append(')');
        }
        List<ErasureSubject> subjects = named.query(sql + " FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID = :id",
                new MapSqlParameterSource("id", customerId), (rs, row) -> subject(customerId, rs));
        return subjects.isEmpty() ? null : subjects.get(0);
    }

    private static ErasureSubject subject(long customerId, ResultSet rs) throws SQLException {
        Map<String, Long> erased = new LinkedHashMap<String, Long>();
        for (int i = 0; i < ERASED_COUNTS.length; i++) {
            erased.put(ERASED_COUNTS[i][0], rs.getLong(5 + i));
        }
        String name = join(rs.getString(2), rs.getString(3));
        return new ErasureSubject(customerId, rs.getString(1), name, erased, rs.getLong(4));
    }

    private static String join(String first, String last) {
        String name = ((first == null ? "" : first.trim()) + " " + (last == null ? "" : last.trim())).trim();
        return name.isEmpty() ? null : name;
    }
}
