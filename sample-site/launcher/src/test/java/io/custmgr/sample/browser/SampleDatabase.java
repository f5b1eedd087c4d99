package io.custmgr.sample.browser;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/** JDBC to the sample site's database, for tests that must set up what no screen creates. */
final class SampleDatabase {

    private SampleDatabase() {
    }

    static Connection connect() throws SQLException {
        String url = System.getProperty("custmgr.sample.jdbc.url");
        if (url == null || url.isBlank()) {
            url = "jdbc:hsqldb:hsql://127.0.0.1:" + Integer.getInteger(SampleSiteExtension.DB_PORT_PROPERTY, 19001)
                    + "/custmgr";
        }
        Properties login = new Properties();
        login.setProperty("user", System.getProperty("custmgr.sample.jdbc.user", "SA"));
        login.setProperty("password", System.getProperty("custmgr.sample.jdbc.password", ""));
        // The driver directly: with the site in this JVM, DriverManager only offers the webapps' registrations.
        Driver driver = url.startsWith("jdbc:postgresql:") ? new org.postgresql.Driver()
                : new org.hsqldb.jdbc.JDBCDriver();
        return driver.connect(url, login);
    }
}
