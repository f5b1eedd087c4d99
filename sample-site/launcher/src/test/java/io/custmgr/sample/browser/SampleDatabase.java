package io.custmgr.sample.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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
        return DriverManager.getConnection(url, System.getProperty("custmgr.sample.jdbc.user", "SA"),
                System.getProperty("custmgr.sample.jdbc.password", ""));
    }
}
