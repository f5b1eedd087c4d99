package io.custmgr.accountaudit.dao;

import io.custmgr.accountaudit.domain.AccountAuditResultImpl;
import io.custmgr.accountaudit.service.AccountAuditSettings;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.ActivityCriterion;
import io.custmgr.accountaudit.type.SpamSignal;
import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.common.jdbc.PostgresJit;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Plain JDBC on blPU's data source. The classification is one INSERT ... SELECT over BLC_CUSTOMER (criteria as
 * uncorrelated IN subqueries, which the databases evaluate once as hashed sets), two UPDATEs for the signals that
 * look at other rows (registrations from one IP, activity after registering), and one UPDATE for score and class.
 */
@Repository("cmAccountAuditDao")
public class AccountAuditDaoImpl implements AccountAuditDao {

    static final String RESULT = AccountAuditResultImpl.TABLE;
    static final long DAY_MS = 24L * 60 * 60 * 1000;
    static final String[] VOWELS = {"a", "e", "i", "o", "u", "y"};
    static final int IN_CHUNK = 500;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    protected JdbcTemplate jdbc;
    protected NamedParameterJdbcTemplate named;
    protected final PostgresJit jit = new PostgresJit();

    @PostConstruct
    public void init() {
        jdbc = new JdbcTemplate(transactionManager.getDataSource());
        named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public long classify(long runId, AccountAuditSettings settings, Date now) {
        // these few big statements: compiling them costs more than it saves; ends with the run's transaction
        boolean postgres = jit.offForTransaction(jdbc);
        jdbc.update("DELETE FROM " + RESULT);
        MapSqlParameterSource params = new MapSqlParameterSource("run", runId)
                .addValue("yes", Boolean.TRUE)
                .addValue("carts", Arrays.asList(OrderStatus.IN_PROCESS.getType(), OrderStatus.CSR_OWNED.getType()))
                .addValue("notOrders", Arrays.asList(OrderStatus.IN_PROCESS.getType(),
                        OrderStatus.CSR_OWNED.getType(), OrderStatus.NAMED.getType()))
                .addValue("named", OrderStatus.NAMED.getType())
                .addValue("registration", ActivityEventType.REGISTRATION.getType())
                .addValue("areaTypes", nonEmpty(settings.getAreaEventTypes()))
                .addValue("areaPath", settings.getAreaPathPrefix() + "%")
                .addValue("minLength", settings.getRandomNameMinLength());
        List<String> urlPatterns = settings.getUrlNamePatterns();
        for (int i = 0; i < urlPatterns.size(); i++) {
            params.addValue("url" + i, "%" + urlPatterns.get(i).toLowerCase(Locale.ROOT) + "%");
        }
        long classified = named.update("INSERT INTO " + RESULT + " (CUSTOMER_ID, RUN_ID, REGISTERED, REGISTRATION_IP,"
                + " EMAIL_DOMAIN, A_ORDER, A_CART, A_WISHLIST, A_LIBRARY, A_AREA, S_BURST_IP, S_DISPOSABLE,"
                + " S_RANDOM_NAME, S_URL_NAME, S_NO_FOLLOW_UP, S_BLOCKED_IP, SPAM_SCORE)"
                + " SELECT c.CUSTOMER_ID, :run, c.DATE_CREATED, COALESCE(c.CM_REGISTRATION_IP, reg.IP_ADDRESS),"
                + " LOWER(SUBSTRING(c.EMAIL_ADDRESS FROM POSITION('@' IN c.EMAIL_ADDRESS) + 1)),"
                + flag("c.CUSTOMER_ID IN (SELECT o.CUSTOMER_ID FROM BLC_ORDER o WHERE o.ORDER_STATUS NOT IN (:notOrders))")
                + ", " + flag("c.CUSTOMER_ID IN (SELECT o.CUSTOMER_ID FROM BLC_ORDER o JOIN BLC_ORDER_ITEM i"
                        + " ON i.ORDER_ID = o.ORDER_ID WHERE o.ORDER_STATUS IN (:carts))")
                + ", " + flag("c.CUSTOMER_ID IN (SELECT o.CUSTOMER_ID FROM BLC_ORDER o JOIN BLC_ORDER_ITEM i"
                        + " ON i.ORDER_ID = o.ORDER_ID WHERE o.ORDER_STATUS = :named)")
                + ", " + flag("c.CM_LIBRARY_ALL_ACCESS = :yes")
                + ", " + flag("c.CUSTOMER_ID IN (SELECT e.CUSTOMER_ID FROM CM_ACTIVITY_EVENT e"
                        + " WHERE e.EVENT_TYPE IN (:areaTypes))"
                        + " OR c.CUSTOMER_ID IN (SELECT v.CUSTOMER_ID FROM CM_PAGE_VIEW v WHERE v.URL LIKE :areaPath)")
                + ", 0, 0, " + flag(randomName("c.FIRST_NAME") + " OR " + randomName("c.LAST_NAME"))
                + ", " + flag(urlName("c.FIRST_NAME", urlPatterns.size()) + " OR "
                        + urlName("c.LAST_NAME", urlPatterns.size()))
                + ", 0, 0, 0"
                + " FROM BLC_CUSTOMER c LEFT JOIN (SELECT e.CUSTOMER_ID, MIN(e.IP_ADDRESS) AS IP_ADDRESS"
                + " FROM CM_ACTIVITY_EVENT e WHERE e.EVENT_TYPE = :registration GROUP BY e.CUSTOMER_ID) reg"
                + " ON reg.CUSTOMER_ID = c.CUSTOMER_ID"
                + " WHERE c.IS_REGISTERED = :yes", params);

        if (postgres) {
            // The planner's statistics still describe the table before this INSERT (often empty): the self-join below
            // would be planned for a handful of rows. ANALYZE samples the rows this transaction wrote.
            jdbc.execute("ANALYZE " + RESULT);
        }
        markBurstIps(settings);
        markNoFollowUp(settings, now);
        return classified;
    }

    /** Each registration with at least N registrations (itself included) from its IP within W minutes either side. */
    protected void markBurstIps(AccountAuditSettings settings) {
        String window = "INTERVAL '" + settings.getBurstWindowMinutes() + "' MINUTE";
        named.update("UPDATE " + RESULT + " SET S_BURST_IP = 1 WHERE CUSTOMER_ID IN (SELECT a.CUSTOMER_ID FROM "
                + RESULT + " a JOIN " + RESULT + " b ON b.REGISTRATION_IP = a.REGISTRATION_IP"
                + " AND b.REGISTERED >= a.REGISTERED - " + window + " AND b.REGISTERED <= a.REGISTERED + " + window
                + " WHERE a.REGISTRATION_IP IN (SELECT REGISTRATION_IP FROM " + RESULT
                + " WHERE REGISTRATION_IP IS NOT NULL GROUP BY REGISTRATION_IP HAVING COUNT(*) >= :n)"
                + " GROUP BY a.CUSTOMER_ID HAVING COUNT(*) >= :n)",
                new MapSqlParameterSource("n", settings.getBurstRegistrations()));
    }

    /**
     * Registered more than N days ago and nothing within N days afterwards: no activity event but the registration
     * and failed logins (which a bot produces too), no page view, no order of any kind.
     */
    protected void markNoFollowUp(AccountAuditSettings settings, Date now) {
        int days = settings.getNoFollowUpDays();
        String until = "r.REGISTERED + INTERVAL '" + days + "' DAY";
        named.update("UPDATE " + RESULT + " r SET S_NO_FOLLOW_UP = 1 WHERE r.REGISTERED < :cutoff"
                + " AND NOT EXISTS (SELECT 1 FROM CM_ACTIVITY_EVENT e WHERE e.CUSTOMER_ID = r.CUSTOMER_ID"
                + " AND e.EVENT_TYPE NOT IN (:notFollowUp) AND e.EVENT_TIME <= " + until + ")"
                + " AND NOT EXISTS (SELECT 1 FROM CM_PAGE_VIEW v WHERE v.CUSTOMER_ID = r.CUSTOMER_ID"
                + " AND v.VIEW_TIME <= " + until + ")"
                + " AND NOT EXISTS (SELECT 1 FROM BLC_ORDER o WHERE o.CUSTOMER_ID = r.CUSTOMER_ID"
                + " AND o.DATE_CREATED <= " + until + ")",
                new MapSqlParameterSource("cutoff", new Timestamp(now.getTime() - days * DAY_MS))
                        .addValue("notFollowUp", Arrays.asList(ActivityEventType.REGISTRATION.getType(),
                                ActivityEventType.LOGIN_FAILED.getType())));
    }

    /**
     * Score and class in one pass. Orders, carts and wishlists with items and library access outweigh any spam
     * signal (a paying or merchant-favoured customer is never offered for deletion); signals outweigh logins and
     * page views, which bots produce as easily as people.
     */
    @Override
    public void assignClasses(AccountAuditSettings settings) {
        // Weights and class names are written into the statement: HSQLDB cannot type parameters inside CASE, and
        // both are integers and enum names, never text from outside.
        StringBuilder score = new StringBuilder();
        for (SpamSignal signal : SpamSignal.values()) {
            score.append(score.length() == 0 ? "" : " + ").append(signal.getColumn()).append(" * ")
                    .append(settings.getWeight(signal));
        }
        StringBuilder strong = new StringBuilder();
        for (ActivityCriterion criterion : ActivityCriterion.values()) {
            if (criterion.isStrong()) {
                strong.append(strong.length() == 0 ? "" : " + ").append(criterion.getColumn());
            }
        }
        jdbc.update("UPDATE " + RESULT + " SET SPAM_SCORE = " + score + ", ACCOUNT_CLASS = CASE WHEN " + strong
                + " > 0 THEN " + literal(AccountClass.ACTIVE) + " WHEN " + score + " >= " + settings.getSpamThreshold()
                + " THEN " + literal(AccountClass.SPAM) + " WHEN " + ActivityCriterion.AREA.getColumn() + " > 0 THEN "
                + literal(AccountClass.ACTIVE) + " ELSE " + literal(AccountClass.UNUSED) + " END");
    }

    /** HSQLDB would type a CASE of bare literals as CHAR of the longest one and pad the shorter ones. */
    private static String literal(AccountClass accountClass) {
        return "CAST('" + accountClass.name() + "' AS VARCHAR(16))";
    }

    @Override
    public int markDisposableDomains() {
        // Equality on the domain and its parent: hash joins, where LIKE '%.' || DOMAIN would compare every pair.
        String listed = " IN (SELECT d.DOMAIN FROM CM_DISPOSABLE_DOMAIN d)";
        return jdbc.update("UPDATE " + RESULT + " SET S_DISPOSABLE = 1 WHERE EMAIL_DOMAIN" + listed
                + " OR SUBSTRING(EMAIL_DOMAIN FROM POSITION('.' IN EMAIL_DOMAIN) + 1)" + listed);
    }

    @Override
    public int markBlockedIps(Collection<String> ips) {
        int marked = 0;
        List<String> chunk = new ArrayList<String>();
        for (String ip : ips) {
            chunk.add(ip);
            if (chunk.size() == IN_CHUNK) {
                marked += markChunk(chunk);
                chunk.clear();
            }
        }
        return chunk.isEmpty() ? marked : marked + markChunk(chunk);
    }

    private int markChunk(List<String> ips) {
        return named.update("UPDATE " + RESULT + " SET S_BLOCKED_IP = 1 WHERE REGISTRATION_IP IN (:ips)",
                new MapSqlParameterSource("ips", ips));
    }

    @Override
    public List<String> readRegistrationIps() {
        return jdbc.queryForList("SELECT DISTINCT REGISTRATION_IP FROM " + RESULT + " WHERE REGISTRATION_IP IS NOT NULL",
                String.class);
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

    static String flag(String condition) {
        return "CASE WHEN " + condition + " THEN 1 ELSE 0 END";
    }

    /** A digit anywhere, or a long run of letters without a vowel (SQL LIKE only, so both databases agree). */
    static String randomName(String column) {
        StringBuilder noVowel = new StringBuilder("(LENGTH(" + column + ") >= :minLength");
        for (String vowel : VOWELS) {
            noVowel.append(" AND LOWER(").append(column).append(") NOT LIKE '%").append(vowel).append("%'");
        }
        StringBuilder condition = new StringBuilder("(").append(noVowel).append(")");
        for (int digit = 0; digit <= 9; digit++) {
            condition.append(" OR ").append(column).append(" LIKE '%").append(digit).append("%'");
        }
        return condition.append(")").toString();
    }

    static String urlName(String column, int patterns) {
        if (patterns == 0) {
            return "1 = 0";
        }
        StringBuilder condition = new StringBuilder("(");
        for (int i = 0; i < patterns; i++) {
            condition.append(i == 0 ? "" : " OR ").append("LOWER(").append(column).append(") LIKE :url").append(i);
        }
        return condition.append(")").toString();
    }

    private static List<String> nonEmpty(List<String> values) {
        // IN () is not SQL; a type no event has keeps the statement valid when the merchant lists none
        return values.isEmpty() ? Arrays.asList("-") : values;
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
