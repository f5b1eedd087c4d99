package io.custmgr.search.export.writer;

import io.custmgr.search.export.ValueType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Export values as text, the same in every text format and independent of the server's locale: dates {@code
 * yyyy-MM-dd}, times {@code yyyy-MM-dd HH:mm:ss} (XML: ISO 8601 with a {@code T}) in the JVM's time zone, money with two
 * decimals and a dot, booleans {@code true} / {@code false}.
 */
final class ValueText {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final DateTimeFormatter ISO_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private ValueText() {
    }

    /** @return the value as text; "" for null */
    static String of(ValueType type, Object value) {
        return of(type, value, DATETIME);
    }

    /** @return the value as text, date-times in ISO 8601 ({@code 2026-01-31T14:05:00}); "" for null */
    static String iso(ValueType type, Object value) {
        return of(type, value, ISO_DATETIME);
    }

    private static String of(ValueType type, Object value, DateTimeFormatter dateTime) {
        if (value == null) {
            return "";
        }
        switch (type) {
            case DATE:
                return DATE.format(zoned((Date) value));
            case DATETIME:
                return dateTime.format(zoned((Date) value));
            case MONEY:
                return ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP).toPlainString();
            default:
                return value.toString();
        }
    }

    /** java.sql.Date has no toInstant(): go through the milliseconds. */
    static java.time.ZonedDateTime zoned(Date date) {
        return Instant.ofEpochMilli(date.getTime()).atZone(ZoneId.systemDefault());
    }
}
