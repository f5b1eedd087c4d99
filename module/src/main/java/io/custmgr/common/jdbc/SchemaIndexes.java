package io.custmgr.common.jdbc;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Creates an index at start-up when no index (unique, if asked) starts with its first column: Hibernate's
 * {@code hbm2ddl=update} adds tables and columns but no indexes or unique constraints on existing tables. A failure is
 * logged, not fatal (the index can be added by hand).
 */
public final class SchemaIndexes {

    private static final Log LOG = LogFactory.getLog(SchemaIndexes.class);

    private SchemaIndexes() {
    }

    /** @param columns comma-separated column list; the first decides whether an index exists */
    public static void ensure(JdbcTemplate jdbc, boolean unique, String name, String table, String columns) {
        String first = columns.split(",")[0].trim();
        try {
            if (!hasIndexStartingWith(jdbc, table, first, unique)) {
                jdbc.execute("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + name + " ON " + table + " ("
                        + columns + ")");
                LOG.info("Created the index " + name + " on " + table);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not create the index " + name + " on " + table + ": " + e);
        }
    }

    /** @return whether an index (unique, if asked) has {@code column} as its first column */
    public static boolean hasIndexStartingWith(JdbcTemplate jdbc, final String table, final String column,
            final boolean unique) {
        return jdbc.execute(new ConnectionCallback<Boolean>() {
            @Override
            public Boolean doInConnection(Connection connection) throws SQLException {
                DatabaseMetaData meta = connection.getMetaData();
                // unquoted names are stored upper case by HSQLDB, lower case by PostgreSQL; the connection's own
                // catalog, since MariaDB's driver may otherwise answer for every database on the server
                for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
                    ResultSet indexes = meta.getIndexInfo(connection.getCatalog(), null, name, unique, false);
                    try {
                        while (indexes.next()) {
                            if (indexes.getShort("ORDINAL_POSITION") == 1
                                    && column.equalsIgnoreCase(indexes.getString("COLUMN_NAME"))) {
                                return true;
                            }
                        }
                    } finally {
                        indexes.close();
                    }
                }
                return false;
            }
        });
    }
}
