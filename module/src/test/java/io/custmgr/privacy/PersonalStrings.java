package io.custmgr.privacy;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Searches every text column of every Broadleaf and module table ({@code BLC_}, {@code CM_}) for strings, read from
 * the database's metadata: "no personal string left anywhere" whatever tables a later feature adds.
 */
final class PersonalStrings {

    private final Map<String, List<String>> textColumns = new LinkedHashMap<String, List<String>>();
    private final JdbcTemplate jdbc;

    PersonalStrings(DataSource dataSource, JdbcTemplate jdbc) throws SQLException {
        this.jdbc = jdbc;
        Connection connection = dataSource.getConnection();
        try {
            DatabaseMetaData meta = connection.getMetaData();
            // this database's own tables (PostgreSQL: its schema; MariaDB: its catalog; HSQLDB: PUBLIC)
            ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%");
            try {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME"); // as stored: MariaDB's names are case-sensitive
                    int type = rs.getInt("DATA_TYPE");
                    boolean text = type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR
                            || type == Types.NVARCHAR;
                    String upper = table.toUpperCase(Locale.ROOT);
                    if (text && (upper.startsWith("BLC_") || upper.startsWith("CM_"))) {
                        List<String> columns = textColumns.get(table);
                        if (columns == null) {
                            columns = new ArrayList<String>();
                            textColumns.put(table, columns);
                        }
                        columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            } finally {
                rs.close();
            }
        } finally {
            connection.close();
        }
        if (textColumns.size() < 50) {
            throw new IllegalStateException("Only " + textColumns.size() + " tables found: " + textColumns.keySet());
        }
    }

    /** @return "TABLE.COLUMN" of every column holding one of the strings (ignoring case) */
    List<String> findAll(String... strings) {
        List<String> found = new ArrayList<String>();
        for (Map.Entry<String, List<String>> table : textColumns.entrySet()) {
            StringBuilder where = new StringBuilder();
            List<Object> args = new ArrayList<Object>();
            for (String column : table.getValue()) {
                for (String string : strings) {
                    where.append(where.length() == 0 ? "" : " OR ").append("LOWER(").append(column)
                            .append(") LIKE ?");
                    args.add("%" + string.toLowerCase(Locale.ROOT) + "%");
                }
            }
            if (jdbc.queryForObject("SELECT COUNT(*) FROM " + table.getKey() + " WHERE " + where, Integer.class,
                    args.toArray()) > 0) {
                found.add(table.getKey() + whichColumns(table.getKey(), table.getValue(), strings));
            }
        }
        return found;
    }

    private String whichColumns(String table, List<String> columns, String... strings) {
        StringBuilder which = new StringBuilder();
        for (String column : columns) {
            for (String string : strings) {
                if (jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE LOWER(" + column + ") LIKE ?",
                        Integer.class, "%" + string.toLowerCase(Locale.ROOT) + "%") > 0) {
                    which.append('.').append(column).append('=').append(string).append(' ');
                }
            }
        }
        return which.toString();
    }
}
