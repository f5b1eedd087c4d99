package io.custmgr.sample.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and creates a PostgreSQL (or MariaDB) database of a benchmark's or a test run's own, so every run starts from
 * an empty schema.
 */
public final class PostgresDatabase {

    private PostgresDatabase() {
    }

    static void recreate(BenchSettings settings) throws SQLException {
        recreate(settings.postgresServer, settings.postgresDatabase, settings.postgresUser, settings.postgresPassword);
    }

    /** @param url the database's JDBC URL without parameters, e.g. {@code jdbc:postgresql://127.0.0.1:5432/name} */
    public static void recreate(String url, String user, String password) throws SQLException {
        int slash = url.lastIndexOf('/');
        recreate(url.substring(0, slash + 1), url.substring(slash + 1), user, password);
    }

    private static void recreate(String server, String name, String user, String password) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*") || name.equals("custmgr_it") || name.equals("postgres")
                || name.equals("mysql")) {
            throw new IllegalArgumentException("Refusing to recreate database '" + name + "'");
        }
        boolean mariaDb = server.startsWith("jdbc:mariadb:");
        try (Connection connection = DriverManager.getConnection(server + (mariaDb ? "" : "postgres"), user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + (mariaDb ? " CHARACTER SET utf8mb4" : ""));
        }
    }
}
