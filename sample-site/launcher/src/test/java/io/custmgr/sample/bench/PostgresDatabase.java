package io.custmgr.sample.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Drops and creates the benchmark's own PostgreSQL (or MariaDB) database, so every run starts from an empty schema. */
final class PostgresDatabase {

    private PostgresDatabase() {
    }

    static void recreate(BenchSettings settings) throws SQLException {
        String name = settings.postgresDatabase;
        if (!name.matches("[a-z_][a-z0-9_]*") || name.equals("custmgr_it") || name.equals("postgres")
                || name.equals("mysql")) {
            throw new IllegalArgumentException("Refusing to recreate database '" + name + "'");
        }
        try (Connection connection = DriverManager.getConnection(
                settings.postgresServer + (settings.isMariaDb() ? "" : "postgres"),
                settings.postgresUser, settings.postgresPassword);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + (settings.isMariaDb() ? " CHARACTER SET utf8mb4" : ""));
        }
    }
}
