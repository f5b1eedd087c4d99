package io.custmgr.sample.browser;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The sample site's database over plain JDBC, for test data the storefront cannot make (e.g. markup in an order item's
 * name). Rows get ids far above Broadleaf's; NOT NULL columns the caller leaves out are filled with 0 / false / '' /
 * now from the schema's metadata.
 */
final class SampleDatabase implements AutoCloseable {

    private final Connection connection;
    private long nextId = 9_200_000_000L + (System.nanoTime() % 1_000_000L) * 100L;

    private SampleDatabase(Connection connection) {
        this.connection = connection;
    }

    /** The database the launcher started (or {@code custmgr.sample.jdbc.url} when the site runs on another). */
    static SampleDatabase open() throws SQLException {
        return new SampleDatabase(connect());
    }

    /** A plain connection to that database, for tests that run their own statements. */
    static Connection connect() throws SQLException {
        String url = System.getProperty("custmgr.sample.jdbc.url", "jdbc:hsqldb:hsql://127.0.0.1:"
                + Integer.getInteger(SampleSiteExtension.DB_PORT_PROPERTY, 19001) + "/custmgr");
        Properties login = new Properties();
        login.setProperty("user", System.getProperty("custmgr.sample.jdbc.user", "sa"));
        login.setProperty("password", System.getProperty("custmgr.sample.jdbc.password", ""));
        // the drivers by hand: the webapps' class loaders keep DriverManager from seeing them here
        Driver driver = url.startsWith("jdbc:postgresql:") ? new org.postgresql.Driver()
                : new org.hsqldb.jdbc.JDBCDriver();
        return driver.connect(url, login);
    }

    /** Inserts a row with a fresh id: the table, its id column, then column / value pairs; @return the id */
    long insert(String table, String idColumn, Object... columnsAndValues) throws SQLException {
        long id = nextId++;
        Object[] withId = new Object[columnsAndValues.length + 2];
        withId[0] = idColumn;
        withId[1] = id;
        System.arraycopy(columnsAndValues, 0, withId, 2, columnsAndValues.length);
        insertRow(table, withId);
        return id;
    }

    /** Inserts a row as given (column / value pairs) plus fillers for the required columns left out. */
    void insertRow(String table, Object... columnsAndValues) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            columns.add(((String) columnsAndValues[i]).toUpperCase(Locale.ROOT));
            values.add(columnsAndValues[i + 1]);
        }
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getColumns(null, null, name, null)) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                    if (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls && rs.getString("COLUMN_DEF") == null
                            && !columns.contains(column)) {
                        columns.add(column);
                        values.add(filler(rs.getInt("DATA_TYPE")));
                    }
                }
            }
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            statement.executeUpdate();
        }
    }

    /** @return rows changed */
    int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        }
    }

    long queryLong(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                return rs.getLong(1);
            }
        }
    }

    static Timestamp hoursAgo(int hours) {
        return new Timestamp(System.currentTimeMillis() - hours * 3_600_000L);
    }

    private static Object filler(int type) {
        switch (type) {
            case Types.BOOLEAN:
            case Types.BIT:
                return Boolean.FALSE;
            case Types.CHAR:
            case Types.VARCHAR:
            case Types.LONGVARCHAR:
            case Types.CLOB:
                return "";
            case Types.DATE:
            case Types.TIMESTAMP:
                return new Timestamp(System.currentTimeMillis());
            case Types.DECIMAL:
            case Types.NUMERIC:
                return BigDecimal.ZERO;
            default:
                return 0;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
