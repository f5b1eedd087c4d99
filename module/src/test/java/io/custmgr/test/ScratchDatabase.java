package io.custmgr.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * An empty database beside the integration-test database, on the same server, made anew for one test: on PostgreSQL
 * and MariaDB the test database's name plus a suffix, dropped first; on HSQLDB a new in-memory database. Connections
 * go through {@link DriverManager}, not the test context's pool.
 */
public final class ScratchDatabase {

    private final String url;
    private final String user;
    private final String password;

    private ScratchDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** @param suffix lower-case letters and underscores */
    public static ScratchDatabase create(String suffix) throws SQLException {
        if (!suffix.matches("[a-z_]+")) {
            throw new IllegalArgumentException(suffix);
        }
        TestDatabase.configureSystemProperties();
        String itUrl = System.getProperty("custmgr.it.jdbc.url");
        String user = System.getProperty("custmgr.it.jdbc.user");
        String password = System.getProperty("custmgr.it.jdbc.password", "");
        if (!TestDatabase.isPostgres() && !TestDatabase.isMariaDb()) {
            return new ScratchDatabase("jdbc:hsqldb:mem:custmgr_" + suffix + System.nanoTime(), user, password);
        }
        int slash = itUrl.lastIndexOf('/');
        int query = itUrl.indexOf('?', slash);
        String server = itUrl.substring(0, slash + 1);
        String name = (query < 0 ? itUrl.substring(slash + 1) : itUrl.substring(slash + 1, query)) + "_" + suffix;
        String admin = server + (TestDatabase.isPostgres() ? "postgres" : "");
        try (Connection connection = DriverManager.getConnection(admin, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + (TestDatabase.isMariaDb() ? " CHARACTER SET utf8mb4" : ""));
        }
        return new ScratchDatabase(server + name + (query < 0 ? "" : itUrl.substring(query)), user, password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** @return Hibernate's connection settings for this database */
    public Properties hibernateConnection() {
        Properties properties = new Properties();
        properties.setProperty("hibernate.connection.driver_class", System.getProperty("custmgr.it.jdbc.driver"));
        properties.setProperty("hibernate.connection.url", url);
        properties.setProperty("hibernate.connection.username", user);
        properties.setProperty("hibernate.connection.password", password);
        return properties;
    }
}
