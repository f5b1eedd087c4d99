package io.custmgr.privacy.export.section;

import io.custmgr.privacy.export.PersonalDataSection;
import io.custmgr.privacy.export.SectionOutput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * A section read with one streamed SQL statement (fetch size {@value #FETCH_SIZE}): each row is one record, its fields
 * named after the column labels in camel case ({@code VIEW_TIME} is {@code viewTime}). The SQL names the customer
 * {@code :customer} and selects only what the customer may see (no secrets).
 */
public abstract class SqlSection implements PersonalDataSection {

    static final int FETCH_SIZE = 500;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    protected NamedParameterJdbcTemplate streaming;

    @PostConstruct
    public void init() {
        JdbcTemplate template = new JdbcTemplate(jdbc.getDataSource());
        template.setFetchSize(FETCH_SIZE);
        streaming = new NamedParameterJdbcTemplate(template);
    }

    /** @return the statement, naming the customer {@code :customer} */
    protected abstract String getSql();

    @Override
    public void write(long customerId, final SectionOutput out) throws IOException {
        try {
            streaming.query(getSql(), new MapSqlParameterSource("customer", customerId), new RowCallbackHandler() {
                @Override
                public void processRow(ResultSet rs) throws SQLException {
                    try {
                        out.record(row(rs));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The row's columns by field name; timestamps as dates, large text as text. */
    protected Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> values = new LinkedHashMap<String, Object>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            Object value = rs.getObject(column);
            if (value instanceof Timestamp) {
                value = new Date(((Timestamp) value).getTime());
            } else if (value instanceof java.sql.Date) {
                value = new Date(((java.sql.Date) value).getTime());
            } else if (value instanceof Clob) {
                value = rs.getString(column);
            }
            values.put(fieldName(meta.getColumnLabel(column)), value);
        }
        return values;
    }

    /** {@code VIEW_TIME} or {@code view_time} becomes {@code viewTime}. */
    static String fieldName(String label) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : label.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = name.length() > 0;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
