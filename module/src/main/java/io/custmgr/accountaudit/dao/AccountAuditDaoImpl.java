package io.custmgr.accountaudit.dao;

import io.custmgr.accountaudit.domain.AccountAuditResultImpl;
import io.custmgr.accountaudit.service.AccountAuditSettings;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.ActivityCriterion;
import io.custmgr.accountaudit.type.SpamSignal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * Plain JDBC on blPU's data source: reads the results; the classification that writes them is
 * {@code cmAccountClassificationDao}'s, which this DAO hands its writes to (so callers keep one DAO).
 */
@Repository("cmAccountAuditDao")
public class AccountAuditDaoImpl implements AccountAuditDao {

    static final String RESULT = AccountAuditResultImpl.TABLE;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "cmAccountClassificationDao")
    protected AccountClassificationDao classification;

    @Override
    public long classify(long runId, AccountAuditSettings settings, Date now) {
        return classification.classify(runId, settings, now);
    }

    @Override
    public int markBurstIps(AccountAuditSettings settings) {
        return classification.markBurstIps(settings);
    }

    @Override
    public int markBlockedIps(Collection<String> ips) {
        return classification.markBlockedIps(ips);
    }

    @Override
    public void rescoreLateSignals(AccountAuditSettings settings) {
        classification.rescoreLateSignals(settings);
    }

    @Override
    public List<String> readRegistrationIps() {
        return jdbc.queryForList("SELECT DISTINCT REGISTRATION_IP FROM " + RESULT
                + " WHERE REGISTRATION_IP IS NOT NULL", String.class);
    }

    @Override
    public List<AuditClassCounts> readCounts() {
        StringBuilder sums = new StringBuilder();
        for (ActivityCriterion criterion : ActivityCriterion.values()) {
            sums.append(", SUM(").append(criterion.getColumn()).append(")");
        }
        for (SpamSignal signal : SpamSignal.values()) {
            sums.append(", SUM(").append(signal.getColumn()).append(")");
        }
        return jdbc.query("SELECT ACCOUNT_CLASS, COUNT(*)" + sums + " FROM " + RESULT + " GROUP BY ACCOUNT_CLASS",
                new RowMapper<AuditClassCounts>() {
                    @Override
                    public AuditClassCounts mapRow(ResultSet rs, int rowNum) throws SQLException {
                        AuditClassCounts counts = new AuditClassCounts(AccountClass.parse(rs.getString(1)),
                                rs.getLong(2));
                        int column = 3;
                        for (ActivityCriterion criterion : ActivityCriterion.values()) {
                            counts.getCriteria().put(criterion, rs.getLong(column++));
                        }
                        for (SpamSignal signal : SpamSignal.values()) {
                            counts.getSignals().put(signal, rs.getLong(column++));
                        }
                        return counts;
                    }
                });
    }

    @Override
    public List<AuditedAccountRow> readAccounts(AccountClass accountClass, int firstResult, int maxResults) {
        StringBuilder columns = new StringBuilder();
        for (ActivityCriterion criterion : ActivityCriterion.values()) {
            columns.append(", r.").append(criterion.getColumn());
        }
        for (SpamSignal signal : SpamSignal.values()) {
            columns.append(", r.").append(signal.getColumn());
        }
        return jdbc.query("SELECT r.CUSTOMER_ID, c.EMAIL_ADDRESS, c.FIRST_NAME, c.LAST_NAME, r.REGISTERED,"
                + " r.REGISTRATION_IP, r.ACCOUNT_CLASS, r.SPAM_SCORE" + columns + " FROM " + RESULT + " r"
                + " JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = r.CUSTOMER_ID WHERE r.ACCOUNT_CLASS = ?"
                + " ORDER BY r.CUSTOMER_ID LIMIT ? OFFSET ?", new AuditedAccountMapper(),
                accountClass.name(), maxResults, firstResult);
    }

    @Override
    public long countAccounts(AccountClass accountClass) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + RESULT + " WHERE ACCOUNT_CLASS = ?", Long.class,
                accountClass.name());
    }

    private static final class AuditedAccountMapper implements RowMapper<AuditedAccountRow> {
        @Override
        public AuditedAccountRow mapRow(ResultSet rs, int rowNum) throws SQLException {
            String first = rs.getString(3);
            String last = rs.getString(4);
            String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
            AuditedAccountRow row = new AuditedAccountRow(rs.getLong(1), rs.getString(2), name, rs.getTimestamp(5),
                    rs.getString(6), AccountClass.parse(rs.getString(7)), rs.getInt(8));
            int column = 9;
            for (ActivityCriterion criterion : ActivityCriterion.values()) {
                if (rs.getInt(column++) > 0) {
                    row.getMetCriteria().add(criterion);
                }
            }
            for (SpamSignal signal : SpamSignal.values()) {
                if (rs.getInt(column++) > 0) {
                    row.getSignals().add(signal);
                }
            }
            return row;
        }
    }
}
