package io.custmgr.customer.account.dao;

import io.custmgr.customer.account.domain.LoginMatch;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

@Repository("cmLoginKeyDao")
public class LoginKeyDaoImpl implements LoginKeyDao {

    private static final Log LOG = LogFactory.getLog(LoginKeyDaoImpl.class);

    /** An account's keys: user name and e-mail, not of guests nor of Broadleaf's anonymous customers (named by id). */
    private static final String ACCOUNT_KEYS = "SELECT LOWER(TRIM(%1$s)) AS LOGIN_KEY, CUSTOMER_ID FROM BLC_CUSTOMER"
            + " WHERE %1$s IS NOT NULL AND TRIM(%1$s) <> '' AND LENGTH(TRIM(%1$s)) <= 255"
            + " AND (CM_IS_GUEST IS NULL OR CM_IS_GUEST = ?) AND TRIM(%1$s) <> CAST(CUSTOMER_ID AS VARCHAR(20))";

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    public LoginMatch readMatch(String key) {
        // the stored user name with the key: sign-in must not go by a cached customer another webapp has changed
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT k.CUSTOMER_ID, c.USER_NAME FROM "
                + LoginKeys.TABLE + " k LEFT JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = k.CUSTOMER_ID"
                + " WHERE k.LOGIN_KEY = ?", key);
        if (rows.isEmpty()) {
            return LoginMatch.none();
        }
        Number owner = (Number) rows.get(0).get("CUSTOMER_ID");
        return owner == null ? LoginMatch.shared()
                : LoginMatch.of(owner.longValue(), (String) rows.get(0).get("USER_NAME"));
    }

    @Override
    public void resync(final long customerId, Collection<String> previousValues) {
        final Set<String> previous = new LinkedHashSet<String>();
        for (String value : previousValues) {
            String key = LoginKeys.key(value);
            if (key != null) {
                previous.add(key);
            }
        }
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT USER_NAME, EMAIL_ADDRESS, CM_IS_GUEST"
                + " FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", customerId);
        final Set<String> wanted = rows.isEmpty() ? new LinkedHashSet<String>()
                : LoginKeys.keysOf(customerId, (String) rows.get(0).get("USER_NAME"),
                        (String) rows.get(0).get("EMAIL_ADDRESS"), Boolean.TRUE.equals(rows.get(0).get("CM_IS_GUEST")));
        jdbc.execute(new ConnectionCallback<Void>() {
            @Override
            public Void doInConnection(Connection connection) throws SQLException {
                LoginKeys.sync(connection, customerId, previous, wanted);
                return null;
            }
        });
    }

    @Override
    public int backfillIfEmpty() {
        if (jdbc.queryForObject("SELECT MIN(LOGIN_KEY) FROM " + LoginKeys.TABLE, String.class) != null) {
            return 0;
        }
        try {
            int written = jdbc.update("INSERT INTO " + LoginKeys.TABLE + " (LOGIN_KEY, CUSTOMER_ID)"
                    + " SELECT k.LOGIN_KEY, CASE WHEN MIN(k.CUSTOMER_ID) = MAX(k.CUSTOMER_ID)"
                    + " THEN MIN(k.CUSTOMER_ID) ELSE NULL END FROM (" + String.format(ACCOUNT_KEYS, "USER_NAME")
                    + " UNION " + String.format(ACCOUNT_KEYS, "EMAIL_ADDRESS") + ") k GROUP BY k.LOGIN_KEY",
                    Boolean.FALSE, Boolean.FALSE);
            if (written > 0) {
                LOG.info("Wrote the login keys of the existing accounts: " + written);
            }
            return written;
        } catch (DataIntegrityViolationException e) {
            LOG.debug("Another node wrote the login keys first", e);
            return 0;
        }
    }
}
