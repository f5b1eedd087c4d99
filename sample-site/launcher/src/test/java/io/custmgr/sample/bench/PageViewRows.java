package io.custmgr.sample.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Counts rows of CM_PAGE_VIEW over plain JDBC, independently of the recorder's own counters. */
final class PageViewRows {

    private final String url;
    private final String user;
    private final String password;

    PageViewRows(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Rows of customers with ids in [from, to). */
    long count(long from, long to) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM CM_PAGE_VIEW WHERE CUSTOMER_ID >= ? AND CUSTOMER_ID < ?")) {
            statement.setLong(1, from);
            statement.setLong(2, to);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
