package io.custmgr.sample.launcher;

import java.util.Properties;

/**
 * {@code -Dcustmgr.sample.secondNode=true}: a storefront node that joins the database of a sample site already
 * running (its embedded HSQLDB server on {@code custmgr.sample.db.port}, or the external database of
 * {@code custmgr.sample.jdbc.url}), as a second storefront node behind a load balancer would. It starts no database
 * and no admin, leaves the schema and the demo data as the first node made them, and records page views with their
 * predecessors read from the database, so a shopper's time on page is complete whichever node served each page.
 */
final class SecondNode {

    static final String PROPERTY = "custmgr.sample.secondNode";

    private static final String[] PERSISTENCE_UNITS = {"blPU", "blSecurePU", "blCMSStorage"};

    private SecondNode() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** The first node's embedded database server, reached over loopback. */
    static Properties embeddedDatabase(int databasePort) {
        Properties properties = new Properties();
        properties.setProperty("custmgr.sample.jdbc.url", "jdbc:hsqldb:hsql://127.0.0.1:" + databasePort + "/custmgr");
        return properties;
    }

    /** Adds this node's settings to the database overrides. */
    static Properties withNodeSettings(Properties database) {
        Properties properties = new Properties();
        properties.putAll(database);
        for (String unit : PERSISTENCE_UNITS) {
            properties.setProperty(unit + ".hibernate.hbm2ddl.auto", "none");
        }
        properties.setProperty("custmgr.sample.seed.customers", "0");
        properties.setProperty("custmgr.history.previousViews", "database");
        return properties;
    }
}
