package io.custmgr.accountaudit.dao;

import io.custmgr.accountaudit.domain.AccountAuditResultImpl;
import io.custmgr.accountaudit.service.AccountAuditSettings;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.ActivityCriterion;
import io.custmgr.company.domain.CompanyMemberImpl;
import io.custmgr.accountaudit.type.SpamSignal;
import io.custmgr.customer.confirmation.domain.EmailConfirmationImpl;
import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.common.jdbc.InLists;
import io.custmgr.common.jdbc.PostgresJit;
import io.custmgr.customer.orders.type.OrderKinds;
import io.custmgr.privacy.domain.ErasureMark;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.annotation.Resource;

/**
 * Plain JDBC on blPU's data source. The classification is one INSERT ... SELECT over BLC_CUSTOMER that writes each
 * result once with its criteria, signals, score and class; the two signals that need other results or Java (burst
 * and blocked IPs) are UPDATEs of the few rows they match, which are then scored again. Orders, carts and wishlists
 * are what {@link OrderKinds} says they are.
 */
@Repository("cmAccountClassificationDao")
public class AccountClassificationDaoImpl implements AccountClassificationDao {

    static final String RESULT = AccountAuditResultImpl.TABLE;
    static final long DAY_MS = 24L * 60 * 60 * 1000;
    static final String[] VOWELS = {"a", "e", "i", "o", "u", "y"};

    /** The result columns the INSERT fills from {@link #flags}, in its order. */
    static final String[] INSERTED = {"REGISTERED", "REGISTRATION_IP", "EMAIL_DOMAIN", "A_ORDER", "A_CART",
            "A_WISHLIST", "A_LIBRARY", "A_COMPANY", "A_AREA", "S_BURST_IP", "S_DISPOSABLE", "S_RANDOM_NAME", "S_URL_NAME",
            "S_NO_FOLLOW_UP", "S_BLOCKED_IP", "S_UNCONFIRMED"};

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;
    protected final PostgresJit jit = new PostgresJit();

    @Override
    public long classify(long runId, AccountAuditSettings settings, Date now) {
        // these few big statements: compiling them costs more than it saves; ends with the run's transaction
        boolean postgres = jit.offForTransaction(jdbc);
        jdbc.update("DELETE FROM " + RESULT);
        MapSqlParameterSource params = new MapSqlParameterSource("run", runId)
                .addValue("yes", Boolean.TRUE)
                .addValue("registration", ActivityEventType.REGISTRATION.getType())
                .addValue("notFollowUp", Arrays.asList(ActivityEventType.REGISTRATION.getType(),
                        ActivityEventType.LOGIN_FAILED.getType()))
                .addValue("cutoff", new Timestamp(now.getTime() - settings.getNoFollowUpDays() * DAY_MS))
                .addValue("areaTypes", nonEmpty(settings.getAreaEventTypes()))
                .addValue("areaPath", settings.getAreaPathPrefix() + "%")
                .addValue("minLength", settings.getRandomNameMinLength())
                .addValue("unconfirmedCutoff", new Timestamp(now.getTime() - settings.getUnconfirmedEmailDays() * DAY_MS));
        List<String> urlPatterns = settings.getUrlNamePatterns();
        for (int i = 0; i < urlPatterns.size(); i++) {
            params.addValue("url" + i, "%" + urlPatterns.get(i).toLowerCase(Locale.ROOT) + "%");
        }
        // Every column but the two signals that compare results with each other (burst IP) or need Java (blocked IP
        // ranges): one write per row. On PostgreSQL OFFSET 0 keeps each derived table a step of its own, so a value
        // is computed once and not again wherever the level above uses it (a flag in the score and the class).
        String fence = postgres ? " OFFSET 0" : "";
        StringBuilder outer = new StringBuilder("SELECT f.CUSTOMER_ID, :run");
        for (String column : INSERTED) {
            outer.append(", f.").append(column);
        }
        long classified = named.update("INSERT INTO " + RESULT + " (CUSTOMER_ID, RUN_ID, " + join(INSERTED)
                + ", SPAM_SCORE, ACCOUNT_CLASS) " + outer + ", " + score(settings, "f.") + ", "
                + accountClass(settings, "f.") + " FROM (" + flags(settings, urlPatterns.size(), fence) + fence
                + ") f", params);

        if (postgres) {
            // The planner's statistics still describe the table before this INSERT (often empty): the self-join of
            // the burst check would be planned for a handful of rows. ANALYZE samples the rows this transaction wrote.
            jdbc.execute("ANALYZE " + RESULT);
        }
        return classified;
    }

    /**
     * One row per registered customer with the columns of {@link #INSERTED}, computed over {@link #customerFacts}.
     * Criteria are uncorrelated IN subqueries, which the databases evaluate once as hashed sets.
     */
    static String flags(AccountAuditSettings settings, int urlPatterns, String fence) {
        String listed = " IN (SELECT d.DOMAIN FROM CM_DISPOSABLE_DOMAIN d)";
        String until = "n.REGISTERED + INTERVAL '" + settings.getNoFollowUpDays() + "' DAY";
        return "SELECT n.CUSTOMER_ID, n.REGISTERED, n.REGISTRATION_IP, n.EMAIL_DOMAIN, "
                + flag("n.CUSTOMER_ID IN (SELECT o.CUSTOMER_ID FROM BLC_ORDER o"
                        + " WHERE " + OrderKinds.placedCondition("o") + ")")
                + " AS A_ORDER, " + flag("n.CUSTOMER_ID IN (SELECT o.CUSTOMER_ID FROM BLC_ORDER o JOIN BLC_ORDER_ITEM i"
                        + " ON i.ORDER_ID = o.ORDER_ID WHERE " + OrderKinds.cartCondition("o") + ")")
                + " AS A_CART, " + flag("n.CUSTOMER_ID IN (SELECT o.CUSTOMER_ID FROM BLC_ORDER o JOIN BLC_ORDER_ITEM i"
                        + " ON i.ORDER_ID = o.ORDER_ID WHERE " + OrderKinds.wishlistCondition("o") + ")")
                + " AS A_WISHLIST, " + flag("n.LIBRARY_ACCESS = :yes"
                        + " OR n.CUSTOMER_ID IN (SELECT l.CUSTOMER_ID FROM CM_LIBRARY_ENTRY l)")
                + " AS A_LIBRARY, " + flag("n.CUSTOMER_ID IN (SELECT m.CUSTOMER_ID FROM " + CompanyMemberImpl.TABLE
                        + " m)")
                + " AS A_COMPANY, " + flag("n.CUSTOMER_ID IN (SELECT e.CUSTOMER_ID FROM CM_ACTIVITY_EVENT e"
                        + " WHERE e.EVENT_TYPE IN (:areaTypes))"
                        + " OR n.CUSTOMER_ID IN (SELECT v.CUSTOMER_ID FROM CM_PAGE_VIEW v WHERE v.URL LIKE :areaPath)")
                + " AS A_AREA, 0 AS S_BURST_IP, "
                // the domain itself or its parent (one level: x.mailinator.com); equality, so hash joins
                + flag("n.EMAIL_DOMAIN" + listed
                        + " OR SUBSTRING(n.EMAIL_DOMAIN FROM POSITION('.' IN n.EMAIL_DOMAIN) + 1)" + listed)
                + " AS S_DISPOSABLE, " + flag(randomName("n.FIRST_LOWER") + " OR " + randomName("n.LAST_LOWER"))
                + " AS S_RANDOM_NAME, " + flag(urlName("n.FIRST_LOWER", urlPatterns) + " OR "
                        + urlName("n.LAST_LOWER", urlPatterns))
                // registered more than N days ago and nothing within N days afterwards: no activity event but the
                // registration and failed logins (which a bot produces too), no page view, no order of any kind
                + " AS S_URL_NAME, " + flag("n.REGISTERED < :cutoff AND (n.FIRST_EVENT IS NULL OR n.FIRST_EVENT > "
                        + until + ") AND (n.FIRST_VIEW IS NULL OR n.FIRST_VIEW > " + until + ")"
                        + " AND (n.FIRST_ORDER IS NULL OR n.FIRST_ORDER > " + until + ")")
                + " AS S_NO_FOLLOW_UP, 0 AS S_BLOCKED_IP, "
                // registered with confirmation on and the mailed link not followed within N days
                + flag("n.CUSTOMER_ID IN (SELECT ec.CUSTOMER_ID FROM " + EmailConfirmationImpl.TABLE + " ec"
                        + " WHERE ec.CONFIRMED IS NULL AND ec.REQUESTED < :unconfirmedCutoff)")
                + " AS S_UNCONFIRMED FROM (" + customerFacts() + fence + ") n";
    }

    /**
     * Per registered customer the values the flags test more than once, computed once: lower-case names and e-mail
     * domain (every pattern would lower them again), and the first time of each kind of activity, aggregated per
     * customer in one pass each (where NOT EXISTS inside a CASE would probe per customer).
     */
    static String customerFacts() {
        return "SELECT c.CUSTOMER_ID, c.DATE_CREATED AS REGISTERED,"
                + " COALESCE(c.CM_REGISTRATION_IP, reg.IP_ADDRESS) AS REGISTRATION_IP,"
                + " LOWER(SUBSTRING(c.EMAIL_ADDRESS FROM POSITION('@' IN c.EMAIL_ADDRESS) + 1)) AS EMAIL_DOMAIN,"
                + " LOWER(c.FIRST_NAME) AS FIRST_LOWER, LOWER(c.LAST_NAME) AS LAST_LOWER,"
                + " c.CM_LIBRARY_ALL_ACCESS AS LIBRARY_ACCESS, fe.FIRST_TIME AS FIRST_EVENT,"
                + " fv.FIRST_TIME AS FIRST_VIEW, fo.FIRST_TIME AS FIRST_ORDER"
                + " FROM BLC_CUSTOMER c"
                + " LEFT JOIN (SELECT e.CUSTOMER_ID, MIN(e.IP_ADDRESS) AS IP_ADDRESS FROM CM_ACTIVITY_EVENT e"
                + " WHERE e.EVENT_TYPE = :registration GROUP BY e.CUSTOMER_ID) reg ON reg.CUSTOMER_ID = c.CUSTOMER_ID"
                + " LEFT JOIN (SELECT e.CUSTOMER_ID, MIN(e.EVENT_TIME) AS FIRST_TIME FROM CM_ACTIVITY_EVENT e"
                + " WHERE e.EVENT_TYPE NOT IN (:notFollowUp) GROUP BY e.CUSTOMER_ID) fe"
                + " ON fe.CUSTOMER_ID = c.CUSTOMER_ID"
                + " LEFT JOIN (SELECT v.CUSTOMER_ID, MIN(v.VIEW_TIME) AS FIRST_TIME FROM CM_PAGE_VIEW v"
                + " WHERE v.CUSTOMER_ID IS NOT NULL GROUP BY v.CUSTOMER_ID) fv ON fv.CUSTOMER_ID = c.CUSTOMER_ID"
                + " LEFT JOIN (SELECT o.CUSTOMER_ID, MIN(o.DATE_CREATED) AS FIRST_TIME FROM BLC_ORDER o"
                + " GROUP BY o.CUSTOMER_ID) fo ON fo.CUSTOMER_ID = c.CUSTOMER_ID"
                + " WHERE c.IS_REGISTERED = :yes AND " + ErasureMark.notErased("c");
    }

    /** Each registration with at least N registrations (itself included) from its IP within W minutes either side. */
    @Override
    public int markBurstIps(AccountAuditSettings settings) {
        String window = "INTERVAL '" + settings.getBurstWindowMinutes() + "' MINUTE";
        return named.update("UPDATE " + RESULT + " SET S_BURST_IP = 1 WHERE CUSTOMER_ID IN (SELECT a.CUSTOMER_ID FROM "
                + RESULT + " a JOIN " + RESULT + " b ON b.REGISTRATION_IP = a.REGISTRATION_IP"
                + " AND b.REGISTERED >= a.REGISTERED - " + window + " AND b.REGISTERED <= a.REGISTERED + " + window
                + " WHERE a.REGISTRATION_IP IN (SELECT REGISTRATION_IP FROM " + RESULT
                + " WHERE REGISTRATION_IP IS NOT NULL GROUP BY REGISTRATION_IP HAVING COUNT(*) >= :n)"
                + " GROUP BY a.CUSTOMER_ID HAVING COUNT(*) >= :n)",
                new MapSqlParameterSource("n", settings.getBurstRegistrations()));
    }

    /** Score and class again for the results the two late signals marked; every other row has them from the INSERT. */
    @Override
    public void rescoreLateSignals(AccountAuditSettings settings) {
        jdbc.update("UPDATE " + RESULT + " SET SPAM_SCORE = " + score(settings, "") + ", ACCOUNT_CLASS = "
                + accountClass(settings, "") + " WHERE " + SpamSignal.BURST_IP.getColumn() + " = 1 OR "
                + SpamSignal.BLOCKED_IP.getColumn() + " = 1");
    }

    /**
     * Weights and class names are written into the statement: HSQLDB cannot type parameters inside CASE, and both
     * are integers and enum names, never text from outside.
     */
    static String score(AccountAuditSettings settings, String prefix) {
        StringBuilder score = new StringBuilder("(");
        for (SpamSignal signal : SpamSignal.values()) {
            score.append(score.length() == 1 ? "" : " + ").append(prefix).append(signal.getColumn()).append(" * ")
                    .append(settings.getWeight(signal));
        }
        return score.append(")").toString();
    }

    /**
     * Orders, carts and wishlists with items and library access outweigh any spam signal (a paying or
     * merchant-favoured customer is never offered for deletion); signals outweigh logins and page views, which bots
     * produce as easily as people.
     */
    static String accountClass(AccountAuditSettings settings, String prefix) {
        StringBuilder strong = new StringBuilder();
        for (ActivityCriterion criterion : ActivityCriterion.values()) {
            if (criterion.isStrong()) {
                strong.append(strong.length() == 0 ? "" : " + ").append(prefix).append(criterion.getColumn());
            }
        }
        return "CASE WHEN " + strong + " > 0 THEN " + literal(AccountClass.ACTIVE) + " WHEN " + score(settings, prefix)
                + " >= " + settings.getSpamThreshold() + " THEN " + literal(AccountClass.SPAM) + " WHEN " + prefix
                + ActivityCriterion.AREA.getColumn() + " > 0 THEN " + literal(AccountClass.ACTIVE) + " ELSE "
                + literal(AccountClass.UNUSED) + " END";
    }

    /** HSQLDB would type a CASE of bare literals as CHAR of the longest one and pad the shorter ones. */
    private static String literal(AccountClass accountClass) {
        return "CAST('" + accountClass.name() + "' AS VARCHAR(16))";
    }

    private static String join(String[] columns) {
        StringBuilder joined = new StringBuilder();
        for (String column : columns) {
            joined.append(joined.length() == 0 ? "" : ", ").append(column);
        }
        return joined.toString();
    }

    @Override
    public int markBlockedIps(Collection<String> ips) {
        int marked = 0;
        for (List<String> chunk : InLists.chunks(ips)) {
            marked += named.update("UPDATE " + RESULT + " SET S_BLOCKED_IP = 1 WHERE REGISTRATION_IP IN (:ips)",
                    new MapSqlParameterSource("ips", chunk));
        }
        return marked;
    }

    static String flag(String condition) {
        return "CASE WHEN " + condition + " THEN 1 ELSE 0 END";
    }

    /**
     * A digit anywhere, or a long run of letters without a vowel (SQL LIKE only, so both databases agree).
     * @param column a lower-case name
     */
    static String randomName(String column) {
        StringBuilder noVowel = new StringBuilder("(LENGTH(" + column + ") >= :minLength");
        for (String vowel : VOWELS) {
            noVowel.append(" AND ").append(column).append(" NOT LIKE '%").append(vowel).append("%'");
        }
        StringBuilder condition = new StringBuilder("(").append(noVowel).append(")");
        for (int digit = 0; digit <= 9; digit++) {
            condition.append(" OR ").append(column).append(" LIKE '%").append(digit).append("%'");
        }
        return condition.append(")").toString();
    }

    /** @param column a lower-case name */
    static String urlName(String column, int patterns) {
        if (patterns == 0) {
            return "1 = 0";
        }
        StringBuilder condition = new StringBuilder("(");
        for (int i = 0; i < patterns; i++) {
            condition.append(i == 0 ? "" : " OR ").append(column).append(" LIKE :url").append(i);
        }
        return condition.append(")").toString();
    }

    private static List<String> nonEmpty(List<String> values) {
        // IN () is not SQL; a type no event has keeps the statement valid when the merchant lists none
        return values.isEmpty() ? Arrays.asList("-") : values;
    }
}
