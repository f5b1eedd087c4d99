package io.custmgr.sample.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's yardstick: the audit's verdicts asked the naive way, one customer at a time ({@value #QUERIES}
 * indexed queries each), with the default settings. Registrations from one IP are counted on the audit result's
 * (indexed) copy of the registration IPs, which favours the loop: BLC_CUSTOMER has no index there.
 */
final class PerCustomerAudit {

    static final int QUERIES = 9;
    static final long DAY = 86400000L;
    static final long BURST_WINDOW = 60 * 60000L;

    private final JdbcTemplate jdbc;

    PerCustomerAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return how many of the customers are suspected spam */
    int classify(List<Long> customerIds) {
        int spam = 0;
        for (Long id : customerIds) {
            if (isSpam(id)) {
                spam++;
            }
        }
        return spam;
    }

    private boolean isSpam(long id) {
        Map<String, Object> c = jdbc.queryForMap("SELECT EMAIL_ADDRESS, FIRST_NAME, LAST_NAME, DATE_CREATED,"
                + " CM_REGISTRATION_IP, CM_LIBRARY_ALL_ACCESS FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", id);
        boolean strong = exists("SELECT COUNT(*) FROM BLC_ORDER WHERE CUSTOMER_ID = ?"
                + " AND ORDER_STATUS NOT IN ('IN_PROCESS', 'CSR_OWNED', 'NAMED')", id)
                | exists("SELECT COUNT(*) FROM BLC_ORDER o JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID"
                + " WHERE o.CUSTOMER_ID = ? AND o.ORDER_STATUS IN ('IN_PROCESS', 'CSR_OWNED')", id)
                | exists("SELECT COUNT(*) FROM BLC_ORDER o JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID"
                + " WHERE o.CUSTOMER_ID = ? AND o.ORDER_STATUS = 'NAMED'", id)
                | Boolean.TRUE.equals(c.get("CM_LIBRARY_ALL_ACCESS"));
        exists("SELECT COUNT(*) FROM CM_ACTIVITY_EVENT WHERE CUSTOMER_ID = ? AND EVENT_TYPE IN ('LOGIN', 'LOGOUT',"
                + " 'PASSWORD_CHANGE', 'EMAIL_CHANGE', 'ADDRESS_CHANGE', 'ORDER_PLACED', 'GUEST_ORDERS_CLAIMED')", id);
        exists("SELECT COUNT(*) FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = ? AND URL LIKE '/account%'", id);

        int score = 0;
        String ip = (String) c.get("CM_REGISTRATION_IP");
        Timestamp registered = (Timestamp) c.get("DATE_CREATED");
        if (ip != null && registered != null && jdbc.queryForObject("SELECT COUNT(*) FROM CM_ACCOUNT_AUDIT_RESULT"
                + " WHERE REGISTRATION_IP = ? AND REGISTERED BETWEEN ? AND ?", Integer.class, ip,
                new Timestamp(registered.getTime() - BURST_WINDOW),
                new Timestamp(registered.getTime() + BURST_WINDOW)) >= 5) {
            score += 2;
        }
        String email = (String) c.get("EMAIL_ADDRESS");
        String domain = email == null ? "" : email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        String parent = domain.substring(domain.indexOf('.') + 1);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM CM_DISPOSABLE_DOMAIN WHERE DOMAIN IN (?, ?)", Integer.class,
                domain, parent) > 0) {
            score += 2;
        }
        String first = (String) c.get("FIRST_NAME");
        String last = (String) c.get("LAST_NAME");
        if (randomLooking(first) || randomLooking(last)) {
            score += 1;
        }
        if (webAddress(first) || webAddress(last)) {
            score += 2;
        }
        if (registered != null && registered.getTime() < System.currentTimeMillis() - 30 * DAY) {
            Timestamp until = new Timestamp(registered.getTime() + 30 * DAY);
            if (!exists("SELECT COUNT(*) FROM BLC_CUSTOMER x WHERE x.CUSTOMER_ID = ? AND (EXISTS (SELECT 1 FROM"
                    + " CM_ACTIVITY_EVENT e WHERE e.CUSTOMER_ID = x.CUSTOMER_ID AND e.EVENT_TYPE NOT IN"
                    + " ('REGISTRATION', 'LOGIN_FAILED') AND e.EVENT_TIME <= ?) OR EXISTS (SELECT 1 FROM CM_PAGE_VIEW v"
                    + " WHERE v.CUSTOMER_ID = x.CUSTOMER_ID AND v.VIEW_TIME <= ?) OR EXISTS (SELECT 1 FROM BLC_ORDER o"
                    + " WHERE o.CUSTOMER_ID = x.CUSTOMER_ID AND o.DATE_CREATED <= ?))", id, until, until, until)) {
                score += 1;
            }
        }
        return !strong && score >= 2;
    }

    private boolean exists(String countSql, Object... args) {
        return jdbc.queryForObject(countSql, Integer.class, args) > 0;
    }

    static boolean randomLooking(String name) {
        if (name == null) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.matches(".*[0-9].*") || (lower.length() >= 6 && !lower.matches(".*[aeiouy].*"));
    }

    static boolean webAddress(String name) {
        if (name == null) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String pattern : new String[] {"://", "www.", "http", ".com", ".net", ".org", ".ru", ".xyz", ".top"}) {
            if (lower.contains(pattern)) {
                return true;
            }
        }
        return false;
    }
}
