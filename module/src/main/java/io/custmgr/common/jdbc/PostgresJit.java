package io.custmgr.common.jdbc;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * Switches PostgreSQL's JIT compiler off for the current transaction before set-based statements over many rows:
 * their estimated cost crosses {@code jit_above_cost}, and compiling each one took longer than running it (measured by
 * the guest expiry and merge benchmarks). Does nothing on other databases or before PostgreSQL 11.
 */
public final class PostgresJit {

    private volatile Boolean postgresWithJit;

    /**
     * Must run inside the transaction it applies to ({@code SET LOCAL} ends with it).
     *
     * @return whether the database is PostgreSQL 11 or later (the setting was made)
     */
    public boolean offForTransaction(JdbcTemplate jdbc) {
        if (postgresWithJit == null) {
            postgresWithJit = jdbc.execute(new ConnectionCallback<Boolean>() {
                @Override
                public Boolean doInConnection(Connection connection) throws SQLException {
                    DatabaseMetaData meta = connection.getMetaData();
                    return "PostgreSQL".equalsIgnoreCase(meta.getDatabaseProductName())
                            && meta.getDatabaseMajorVersion() >= 11;
                }
            });
        }
        if (postgresWithJit) {
            jdbc.execute("SET LOCAL jit = off");
        }
        return postgresWithJit;
    }
}
