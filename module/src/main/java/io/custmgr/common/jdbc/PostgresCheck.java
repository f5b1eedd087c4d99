package io.custmgr.common.jdbc;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether a data source is PostgreSQL, asked of the driver's metadata once and remembered: for the few statements the
 * module writes in a second, PostgreSQL-only form because PostgreSQL's planner needs it (see their callers).
 */
public final class PostgresCheck {

    private volatile Boolean postgres;

    public boolean isPostgres(JdbcTemplate jdbc) {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute(new ConnectionCallback<Boolean>() {
                @Override
                public Boolean doInConnection(Connection connection) throws SQLException {
                    return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
                }
            });
            postgres = known;
        }
        return known;
    }
}
