package io.custmgr.test;

/**
 * Which database the integration tests run against, chosen by Maven ({@code -Ppostgres}, {@code -Pmariadb}) through
 * system properties.
 * The values reach Broadleaf's property placeholders (system properties are their fallback).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String name() {
        return System.getProperty("custmgr.it.db", "hsqldb");
    }

    public static boolean isPostgres() {
        return "postgres".equals(name());
    }

    /** @return whether the tests run on MariaDB (or MySQL, through the MariaDB driver) */
    public static boolean isMariaDb() {
        return "mariadb".equals(name());
    }

    /** @return the Hibernate 4.1 dialect of the test database */
    public static String dialect() {
        if (isPostgres()) {
            return "org.hibernate.dialect.PostgreSQLDialect";
        }
        return isMariaDb() ? "io.custmgr.common.jdbc.MySqlDialect" : "org.hibernate.dialect.HSQLDialect";
    }

    static void configureSystemProperties() {
        String dialect = dialect();
        String driver = isPostgres() ? "org.postgresql.Driver"
                : isMariaDb() ? "org.mariadb.jdbc.Driver" : "org.hsqldb.jdbc.JDBCDriver";
        setDefault("custmgr.it.jdbc.url", "jdbc:hsqldb:mem:custmgr_it");
        if (isMariaDb()) {
            System.setProperty("custmgr.it.jdbc.url", withMariaDbSettings(System.getProperty("custmgr.it.jdbc.url")));
        }
        setDefault("custmgr.it.jdbc.user", "sa");
        setDefault("custmgr.it.jdbc.password", "");
        setDefault("custmgr.it.jdbc.driver", driver);
        for (String unit : new String[] {"blPU", "blSecurePU", "blCMSStorage"}) {
            setDefault(unit + ".hibernate.dialect", dialect);
            setDefault(unit + ".hibernate.hbm2ddl.auto", "update");
            setDefault(unit + ".hibernate.show_sql", "false");
            setDefault(unit + ".hibernate.cache.use_second_level_cache", "false");
            setDefault(unit + ".hibernate.cache.use_query_cache", "false");
        }
    }

    /**
     * The driver settings the README asks of a MariaDB store, added to {@code url} where missing: metadata of the
     * connection's own database only (else Hibernate's {@code hbm2ddl} and the start-up index checks see the tables of
     * every database on the server), and batches sent in bulk (the page-view writer's inserts).
     */
    static String withMariaDbSettings(String url) {
        String result = url;
        for (String setting : new String[] {"nullDatabaseMeansCurrent=true", "useBulkStmts=true"}) {
            if (!result.contains(setting.substring(0, setting.indexOf('=') + 1))) {
                result += (result.contains("?") ? "&" : "?") + setting;
            }
        }
        return result;
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
