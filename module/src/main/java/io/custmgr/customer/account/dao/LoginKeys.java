package io.custmgr.customer.account.dao;

import io.custmgr.customer.account.domain.LoginKeyImpl;
import io.custmgr.customer.account.domain.LoginTakenException;
import org.apache.commons.lang3.StringUtils;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps {@link LoginKeyImpl CM_LOGIN_KEY} in step with the accounts, on the connection (and so in the transaction) that
 * writes the customer: called by the Hibernate listener for every insert, update and delete of a customer, and by
 * the module's own SQL that changes sign-in names. Plain JDBC, no Spring: Hibernate creates the listener.
 */
public final class LoginKeys {

    static final String TABLE = LoginKeyImpl.TABLE;
    private static final String SQL_STATE_INTEGRITY = "23";

    private LoginKeys() {
    }

    /** @return the address trimmed and lower-cased, or null if blank */
    public static String key(String emailOrUsername) {
        String trimmed = StringUtils.trimToNull(emailOrUsername);
        return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    /**
     * @param customerId the customer's id: Broadleaf names an anonymous customer by it, which is no login
     * @return the keys an account with these values holds: none for a guest
     */
    public static Set<String> keysOf(Long customerId, String username, String emailAddress, boolean guest) {
        Set<String> keys = new LinkedHashSet<String>();
        if (guest) {
            return keys;
        }
        String anonymousName = customerId == null ? null : customerId.toString();
        for (String value : new String[] {username, emailAddress}) {
            String key = key(value);
            if (key != null && !key.equals(anonymousName) && key.length() <= LoginKeyImpl.KEY_LENGTH) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * Makes the customer hold exactly {@code wanted}. A key another account holds throws {@link LoginTakenException}
     * (the caller's transaction must not commit); a key shared from before the module stays with a customer who
     * already held it ({@code previous}), and is released when such a customer lets it go.
     *
     * @param previous the keys of the customer's values before this change (empty for a new customer)
     */
    public static void sync(Connection connection, long customerId, Collection<String> previous, Set<String> wanted)
            throws SQLException {
        for (String key : wanted) {
            claim(connection, customerId, key, previous.contains(key));
        }
        Set<String> dropped = new LinkedHashSet<String>(previous);
        dropped.addAll(LoginKeys.<String>readColumn(connection,
                "SELECT LOGIN_KEY FROM " + TABLE + " WHERE CUSTOMER_ID = ?", customerId));
        dropped.removeAll(wanted);
        for (String key : dropped) {
            release(connection, customerId, key);
        }
    }

    /**
     * @return the keys of the customer's stored row (before a pending update is written): what it held, even when the
     *         session's copy of it was stale
     */
    public static Set<String> storedKeys(Connection connection, long customerId) throws SQLException {
        PreparedStatement statement = prepare(connection,
                "SELECT USER_NAME, EMAIL_ADDRESS, CM_IS_GUEST FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", customerId);
        try {
            ResultSet rows = statement.executeQuery();
            try {
                return rows.next() ? keysOf(customerId, rows.getString(1), rows.getString(2), rows.getBoolean(3))
                        : new LinkedHashSet<String>();
            } finally {
                rows.close();
            }
        } finally {
            statement.close();
        }
    }

    /** Drops every key of a deleted customer; {@code previous} names shared keys it may have held. */
    public static void delete(Connection connection, long customerId, Collection<String> previous)
            throws SQLException {
        sync(connection, customerId, previous, new LinkedHashSet<String>());
    }

    private static void claim(Connection connection, long customerId, String key, boolean heldBefore)
            throws SQLException {
        Object[] row = readRow(connection, key);
        if (row == null) {
            try {
                update(connection, "INSERT INTO " + TABLE + " (LOGIN_KEY, CUSTOMER_ID) VALUES (?, ?)", key, customerId);
            } catch (SQLException e) {
                throw claimFailed(e);
            } catch (RuntimeException e) {
                throw claimFailed(e); // Hibernate's connection proxy reports SQL errors as its JDBCException
            }
            return;
        }
        Long owner = (Long) row[1];
        if (owner == null ? !heldBefore : owner.longValue() != customerId) {
            throw new LoginTakenException(owner);
        }
    }

    /** @return what to throw: taken, when another transaction inserted the key first (integrity violation) */
    private static RuntimeException claimFailed(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException && ((SQLException) cause).getSQLState() != null
                    && ((SQLException) cause).getSQLState().startsWith(SQL_STATE_INTEGRITY)) {
                return new LoginTakenException(null);
            }
        }
        return failure instanceof RuntimeException ? (RuntimeException) failure
                : new IllegalStateException("Could not write a login key", failure);
    }

    private static void release(Connection connection, long customerId, String key) throws SQLException {
        if (update(connection, "DELETE FROM " + TABLE + " WHERE LOGIN_KEY = ? AND CUSTOMER_ID = ?", key,
                customerId) > 0) {
            return;
        }
        Object[] row = readRow(connection, key);
        if (row == null || row[1] != null) {
            return;
        }
        // a shared key: the accounts that still hold it once this customer lets it go
        List<Number> holders = readColumn(connection, "SELECT DISTINCT CUSTOMER_ID FROM BLC_CUSTOMER"
                + " WHERE (LOWER(TRIM(USER_NAME)) = ? OR LOWER(TRIM(EMAIL_ADDRESS)) = ?) AND CUSTOMER_ID <> ?"
                + " AND (CM_IS_GUEST IS NULL OR CM_IS_GUEST = ?)", key, key, customerId, Boolean.FALSE);
        if (holders.isEmpty()) {
            update(connection, "DELETE FROM " + TABLE + " WHERE LOGIN_KEY = ? AND CUSTOMER_ID IS NULL", key);
        } else if (holders.size() == 1) {
            update(connection, "UPDATE " + TABLE + " SET CUSTOMER_ID = ? WHERE LOGIN_KEY = ? AND CUSTOMER_ID IS NULL",
                    holders.get(0).longValue(), key);
        }
    }

    /** @return {key, owner or null}, or null when nobody holds the key */
    static Object[] readRow(Connection connection, String key) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(
                "SELECT LOGIN_KEY, CUSTOMER_ID FROM " + TABLE + " WHERE LOGIN_KEY = ?");
        try {
            statement.setString(1, key);
            ResultSet rows = statement.executeQuery();
            try {
                if (!rows.next()) {
                    return null;
                }
                long owner = rows.getLong(2);
                Long ownerOrShared = rows.wasNull() ? null : Long.valueOf(owner);
                return new Object[] {rows.getString(1), ownerOrShared};
            } finally {
                rows.close();
            }
        } finally {
            statement.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> readColumn(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = prepare(connection, sql, parameters);
        try {
            ResultSet rows = statement.executeQuery();
            try {
                List<T> values = new ArrayList<T>();
                while (rows.next()) {
                    values.add((T) rows.getObject(1));
                }
                return values;
            } finally {
                rows.close();
            }
        } finally {
            statement.close();
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = prepare(connection, sql, parameters);
        try {
            return statement.executeUpdate();
        } finally {
            statement.close();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
