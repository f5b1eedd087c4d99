package io.custmgr.guest.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Builds an INSERT for a Broadleaf table with the given columns plus every other NOT NULL column without a default
 * (filled with 0 / false / '' / now), read from the database's metadata: test data then stays valid whatever
 * Broadleaf or the schema adds, on HSQLDB and PostgreSQL alike.
 */
public final class RowInserter {

    private final String sql;
    private final int given;
    private final List<Integer> fillerTypes = new ArrayList<Integer>();

    public RowInserter(DataSource dataSource, String table, String... columns) throws SQLException {
        List<String> names = new ArrayList<String>(Arrays.asList(columns));
        List<String> upper = new ArrayList<String>();
        for (String column : columns) {
            upper.add(column.toUpperCase(Locale.ROOT));
        }
        Connection connection = dataSource.getConnection();
        try {
            DatabaseMetaData meta = connection.getMetaData();
            boolean found = false;
            for (String name : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
                ResultSet rs = meta.getColumns(null, null, name, null);
                try {
                    while (rs.next()) {
                        found = true;
                        String column = rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                        boolean required = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls
                                && rs.getString("COLUMN_DEF") == null;
                        if (required && !upper.contains(column)) {
                            names.add(column);
                            fillerTypes.add(rs.getInt("DATA_TYPE"));
                        }
                    }
                } finally {
                    rs.close();
                }
                if (found) {
                    break;
                }
            }
            if (!found) {
                throw new IllegalStateException("No table " + table);
            }
        } finally {
            connection.close();
        }
        this.given = columns.length;
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        this.sql = "INSERT INTO " + table + " (" + join(names) + ") VALUES (" + marks + ")";
    }

    public String sql() {
        return sql;
    }

    /** Sets the given values (in column order) and the fillers on a statement prepared from {@link #sql()}. */
    public void bind(PreparedStatement ps, Object... values) throws SQLException {
        if (values.length != given) {
            throw new IllegalArgumentException(values.length + " values for " + given + " columns: " + sql);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof java.util.Date && !(values[i] instanceof Timestamp)) {
                ps.setTimestamp(i + 1, new Timestamp(((java.util.Date) values[i]).getTime()));
            } else {
                ps.setObject(i + 1, values[i]);
            }
        }
        for (int i = 0; i < fillerTypes.size(); i++) {
            ps.setObject(given + i + 1, filler(fillerTypes.get(i)));
        }
    }

    /**
     * Inserts one row with these columns (the table's other required columns filled) in the caller's transaction,
     * through Spring's transaction-bound connection: a rolled-back test leaves nothing behind.
     */
    public static void insertRow(DataSource dataSource, String table, String[] columns, final Object... values) {
        try {
            final RowInserter inserter = new RowInserter(dataSource, table, columns);
            new JdbcTemplate(dataSource).update(inserter.sql(), new PreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps) throws SQLException {
                    inserter.bind(ps, values);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the country unless the database has it (integration-test databases start without reference data). */
    public static void ensureCountry(DataSource dataSource, String abbreviation, String name) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM BLC_COUNTRY WHERE ABBREVIATION = ?", Integer.class,
                abbreviation) == 0) {
            jdbc.update("INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES (?, ?)", abbreviation, name);
        }
    }

    public void insert(DataSource dataSource, Object... values) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            PreparedStatement ps = connection.prepareStatement(sql);
            try {
                bind(ps, values);
                ps.executeUpdate();
            } finally {
                ps.close();
            }
        } finally {
            connection.close();
        }
    }

    private static Object filler(int type) {
        switch (type) {
            case Types.BOOLEAN:
            case Types.BIT:
                return Boolean.FALSE;
            case Types.CHAR:
            case Types.VARCHAR:
            case Types.LONGVARCHAR:
            case Types.NVARCHAR:
            case Types.CLOB:
                return "";
            case Types.DATE:
            case Types.TIMESTAMP:
            case Types.TIME:
                return new Timestamp(System.currentTimeMillis());
            case Types.DECIMAL:
            case Types.NUMERIC:
                return BigDecimal.ZERO;
            default:
                return 0;
        }
    }

    private static String join(List<String> names) {
        StringBuilder joined = new StringBuilder();
        for (String name : names) {
            joined.append(joined.length() == 0 ? "" : ", ").append(name);
        }
        return joined.toString();
    }
}
