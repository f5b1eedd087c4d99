package io.custmgr.test;

/**
 * Which database the integration tests run against, chosen by Maven ({@code -Ppostgres}) through system properties.
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

    static void configureSystemProperties() {
        String dialect = isPostgres() ? "org.hibernate.dialect.PostgreSQLDialect" : "org.hibernate.dialect.HSQLDialect";
        String driver = isPostgres() ? "org.postgresql.Driver" : "org.hsqldb.jdbc.JDBCDriver";
        setDefault("custmgr.it.jdbc.url", "jdbc:hsqldb:mem:custmgr_it");
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

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
