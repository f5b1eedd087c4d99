package io.custmgr.history.dao;

import io.custmgr.history.service.PageViewEvent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's fast paths for a batch of page views: the rows go in by one {@code COPY … FROM STDIN} (text format)
 * instead of multi-row inserts the server parses and plans per statement, and the earlier views' times on page are
 * set by one {@code UPDATE … FROM unnest(ids, times)} instead of one statement per row. Only loaded when the connection
 * is the PostgreSQL driver's (the class refers to it); both run on the caller's connection, in its transaction.
 */
final class PostgresPageViewCopy {

    static final String COPY = "COPY " + PageViewDaoImpl.TABLE + " (" + PageViewDaoImpl.COLUMNS + ") FROM STDIN";

    static final String UPDATE_TIMES = "UPDATE " + PageViewDaoImpl.TABLE + " v SET TIME_ON_PAGE_MS = u.TIME_ON_PAGE"
            + " FROM unnest(?, ?) AS u (ID, TIME_ON_PAGE) WHERE v.PAGE_VIEW_ID = u.ID AND v.TIME_ON_PAGE_MS IS NULL";

    private PostgresPageViewCopy() {
    }

    /** @return whether the connection (or what it wraps) is the PostgreSQL driver's */
    static boolean supports(Connection connection) {
        try {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            return false;
        }
    }

    static void copy(Connection connection, List<PageViewRow> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 320);
        for (PageViewRow row : rows) {
            PageViewEvent e = row.getEvent();
            text.append(row.getId());
            value(text, e.getCustomerId());
            value(text, PageViewDaoImpl.cut(e.getSessionHash(), 64));
            value(text, new Timestamp(e.getViewTime().getTime()).toString());
            value(text, PageViewDaoImpl.cut(e.getIpAddress(), 45));
            value(text, PageViewDaoImpl.cut(e.getHttpMethod(), 8));
            value(text, PageViewDaoImpl.cut(e.getUrl(), 1024));
            value(text, row.getTimeOnPageMs());
            value(text, PageViewDaoImpl.cut(e.getReferrer(), 1024));
            value(text, PageViewDaoImpl.cut(e.getUserAgent(), 512));
            value(text, PageViewDaoImpl.cut(e.getBrowserName(), 64));
            value(text, PageViewDaoImpl.cut(e.getBrowserVersion(), 32));
            value(text, PageViewDaoImpl.cut(e.getOperatingSystem(), 64));
            value(text, e.isBot() ? "t" : "f");
            value(text, e.getProductId());
            value(text, e.getCategoryId());
            value(text, PageViewDaoImpl.cut(e.getItemName(), 255));
            value(text, PageViewDaoImpl.cut(e.getAssistedBy(), 255));
            text.append('\n');
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try {
            long copied = copy.copyIn(COPY, new StringReader(text.toString()));
            if (copied != rows.size()) {
                throw new SQLException("COPY wrote " + copied + " page views of " + rows.size());
            }
        } catch (IOException e) {
            throw new SQLException("COPY of " + rows.size() + " page views failed", e);
        }
    }

    static void updateTimeOnPage(Connection connection, Map<Long, Long> timeOnPageById) throws SQLException {
        Long[] ids = new Long[timeOnPageById.size()];
        Long[] times = new Long[ids.length];
        int i = 0;
        for (Map.Entry<Long, Long> entry : timeOnPageById.entrySet()) {
            ids[i] = entry.getKey();
            times[i++] = entry.getValue();
        }
        Array idArray = connection.createArrayOf("bigint", ids);
        Array timeArray = connection.createArrayOf("bigint", times);
        PreparedStatement update = connection.prepareStatement(UPDATE_TIMES);
        try {
            update.setArray(1, idArray);
            update.setArray(2, timeArray);
            update.executeUpdate();
        } finally {
            update.close();
            idArray.free();
            timeArray.free();
        }
    }

    private static void value(StringBuilder text, Long value) {
        text.append('\t');
        if (value == null) {
            text.append("\\N");
        } else {
            text.append(value.longValue());
        }
    }

    /** A text-format field: NULL as \N; backslash, tab, newline and carriage return escaped. */
    private static void value(StringBuilder text, String value) {
        text.append('\t');
        if (value == null) {
            text.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\':
                    text.append("\\\\");
                    break;
                case '\t':
                    text.append("\\t");
                    break;
                case '\n':
                    text.append("\\n");
                    break;
                case '\r':
                    text.append("\\r");
                    break;
                default:
                    text.append(c);
            }
        }
    }
}
