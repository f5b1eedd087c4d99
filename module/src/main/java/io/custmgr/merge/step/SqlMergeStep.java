package io.custmgr.merge.step;

import io.custmgr.common.hibernate.EntityCaches;
import io.custmgr.merge.service.CustomerMergeStep;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeOutcome;
import io.custmgr.merge.service.MergeParties;
import io.custmgr.merge.service.MergeStepReport;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * A merge step made of set-based statements: each {@link Move} counts its rows for the preview and changes them for
 * the merge with one statement whatever their number. SQL names the two customers {@code :survivor} and
 * {@code :absorbed}. A move's count must not depend on the moves before it in the same step, so preview and merge
 * agree.
 */
public abstract class SqlMergeStep implements CustomerMergeStep {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate jdbc;

    /** @return the step's title for screens and records */
    protected abstract String getTitle();

    /** @return the moves in the order the merge makes them */
    protected abstract List<Move> getMoves();

    @Override
    public MergeStepReport preview(MergeParties parties) {
        MergeStepReport report = new MergeStepReport(getKey(), getTitle());
        for (Move move : getMoves()) {
            report.line(move.label, count(move.countSql, parties), move.outcome);
        }
        return report;
    }

    @Override
    public MergeStepReport merge(MergeParties parties, MergeChoices choices) {
        MergeStepReport report = new MergeStepReport(getKey(), getTitle());
        for (Move move : getMoves()) {
            long counted = move.counted ? count(move.countSql, parties) : -1;
            int changed = 0;
            for (String sql : move.applySql) {
                int rows = jdbc.update(sql, params(parties));
                changed = move.counted ? changed : rows; // the last statement's count when the move counts none
            }
            report.line(move.label, move.counted ? counted : changed, move.outcome);
        }
        return report;
    }

    /**
     * Before a step reads through Hibernate what its own statements (or earlier steps') changed: see
     * {@link EntityCaches#forgetSession}. The merge drops the shared cache's customer data itself, after commit.
     */
    protected void forgetSession() {
        EntityCaches.forgetSession(em);
    }

    protected long count(String sql, MergeParties parties) {
        Number count = jdbc.queryForObject(sql, params(parties), Number.class);
        return count == null ? 0 : count.longValue();
    }

    protected static MapSqlParameterSource params(MergeParties parties) {
        return new MapSqlParameterSource().addValue("survivor", parties.getSurvivorId())
                .addValue("absorbed", parties.getAbsorbedId());
    }

    /** A counted kind of row and the statements that move, merge or drop it. */
    protected static final class Move {

        final String label;
        final MergeOutcome outcome;
        final String countSql;
        final List<String> applySql;
        final boolean counted;

        private Move(String label, MergeOutcome outcome, String countSql, List<String> applySql, boolean counted) {
            this.label = label;
            this.outcome = outcome;
            this.countSql = countSql;
            this.applySql = applySql;
            this.counted = counted;
        }

        /** The merge reports the number of rows the (single, last) statement changed. */
        public static Move of(String label, MergeOutcome outcome, String countSql, String applySql) {
            return new Move(label, outcome, countSql, Collections.singletonList(applySql), false);
        }

        /**
         * For moves of several statements (or one whose changed-row count is not the count shown): the merge counts
         * with {@code countSql} before the statements run.
         */
        public static Move counted(String label, MergeOutcome outcome, String countSql, String... applySql) {
            List<String> statements = new ArrayList<String>();
            Collections.addAll(statements, applySql);
            return new Move(label, outcome, countSql, statements, true);
        }
    }
}
