package io.custmgr.test;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/** Set-based seeding of Broadleaf's tables for the benchmarks: only the columns that matter are named. */
public final class SeedInserts {

    private SeedInserts() {
    }

    /** INSERT ... SELECT with the given columns plus every other NOT NULL column without default, filled neutrally. */
    public static void insert(JdbcTemplate jdbc, DataSource dataSource, String table, List<String> columns,
            String select) throws SQLException {
        StringBuilder names = new StringBuilder(String.join(", ", columns));
        StringBuilder fillers = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(null, null, table.toLowerCase(Locale.ROOT), null)) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                    if (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls && rs.getString("COLUMN_DEF") == null
                            && !columns.contains(column)) {
                        names.append(", ").append(column);
                        fillers.append(", ").append(filler(rs.getInt("DATA_TYPE")));
                    }
                }
            }
        }
        String sql = select.replaceFirst("^SELECT (.*?)( FROM |$)", "SELECT $1" + fillers.toString().replace("$", "\\$")
                + "$2");
        jdbc.update("INSERT INTO " + table + " (" + names + ") " + sql);
    }

    static String filler(int type) {
        switch (type) {
            case Types.BOOLEAN:
            case Types.BIT:
                return "FALSE";
            case Types.CHAR:
            case Types.VARCHAR:
            case Types.LONGVARCHAR:
                return "''";
            case Types.DATE:
            case Types.TIMESTAMP:
                return "CURRENT_TIMESTAMP";
            default:
                return "0";
        }
    }
}
