package io.custmgr.sample.launcher;

import java.util.Properties;

/**
 * The database named by {@code -Dcustmgr.sample.jdbc.url} (with {@code .user}, {@code .password}, optionally
 * {@code .driver} and {@code custmgr.sample.hibernate.dialect}), which the launcher then uses instead of starting its
 * HSQLDB server. Broadleaf reads system properties only as a fallback, under its properties files, so these become
 * property-override entries.
 */
final class ExternalDatabase {

    private static final String[] PERSISTENCE_UNITS = {"blPU", "blSecurePU", "blCMSStorage"};

    private final String url;
    private final String user;
    private final String password;
    private final String driver;
    private final String dialect;

    private ExternalDatabase(String url, String user, String password, String driver, String dialect) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.driver = driver;
        this.dialect = dialect;
    }

    /** @return null when no external database is configured */
    static ExternalDatabase fromSystemProperties() {
        String url = System.getProperty("custmgr.sample.jdbc.url");
        if (url == null || url.trim().isEmpty()) {
            return null;
        }
        boolean postgres = url.startsWith("jdbc:postgresql:");
        boolean hsqldb = url.startsWith("jdbc:hsqldb:");
        boolean mariadb = url.startsWith("jdbc:mariadb:");
        String driver = System.getProperty("custmgr.sample.jdbc.driver", postgres ? "org.postgresql.Driver"
                : hsqldb ? "org.hsqldb.jdbc.JDBCDriver" : mariadb ? "org.mariadb.jdbc.Driver" : null);
        String dialect = System.getProperty("custmgr.sample.hibernate.dialect",
                postgres ? "org.hibernate.dialect.PostgreSQLDialect" : hsqldb ? "org.hibernate.dialect.HSQLDialect"
                        : mariadb ? "io.custmgr.common.jdbc.MySqlDialect" : null);
        if (driver == null || dialect == null) {
            throw new IllegalArgumentException("Set custmgr.sample.jdbc.driver and custmgr.sample.hibernate.dialect "
                    + "for " + url);
        }
        return new ExternalDatabase(url, System.getProperty("custmgr.sample.jdbc.user", ""),
                System.getProperty("custmgr.sample.jdbc.password", ""), driver, dialect);
    }

    Properties overrides() {
        Properties properties = new Properties();
        properties.setProperty("custmgr.sample.jdbc.url", url);
        properties.setProperty("custmgr.sample.jdbc.user", user);
        properties.setProperty("custmgr.sample.jdbc.password", password);
        properties.setProperty("custmgr.sample.jdbc.driver", driver);
        for (String unit : PERSISTENCE_UNITS) {
            properties.setProperty(unit + ".hibernate.dialect", dialect);
        }
        return properties;
    }
}
