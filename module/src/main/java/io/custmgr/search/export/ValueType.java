package io.custmgr.search.export;

/**
 * What kind of value an {@link ExportColumn} holds, so each format can write it as what it is: a spreadsheet gets real
 * number and date cells, text formats a fixed, locale-free notation.
 *
 * <p>The Java type of a value in an export row: {@link #TEXT} {@code String}, {@link #INTEGER} {@code Long},
 * {@link #MONEY} {@code java.math.BigDecimal}, {@link #DATE} and {@link #DATETIME} {@code java.util.Date} (SQL dates and
 * timestamps included, read in the JVM's time zone), {@link #BOOLEAN} {@code Boolean}. Any value may be null (empty).
 */
public enum ValueType {
    TEXT, INTEGER, MONEY, DATE, DATETIME, BOOLEAN;

    /** @return whether the value is a number a spreadsheet should compute with (never neutralised as a formula) */
    public boolean isNumeric() {
        return this == INTEGER || this == MONEY;
    }
}
