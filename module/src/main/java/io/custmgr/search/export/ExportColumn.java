package io.custmgr.search.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A column a merchant can pick for a customer export. Each has a stable {@link #getKey() key} (lower case letters and
 * hyphens: usable in URLs, as XML element names and in saved settings; never renamed), a header label and the
 * {@link ValueType} of its values.
 *
 * <p>Definitions: the company is the profile's Business / Organization field; the phone is the profile's phone, else
 * the customer's default (else first) active phone; the status is the module's activity status (Active when unset);
 * groups are the customer's groups by name, joined by "; "; the default billing and shipping addresses follow the
 * address book's rule (the flagged one, else the oldest active address; shipping is billing when the customer ships to
 * the billing address or has no shipping default) as one line: address lines, city, state, postal code, country code;
 * order count, total spent and last order cover placed orders only ({@code OrderKinds}: every order but carts and
 * wishlists, cancelled ones included, as on the customer form's Orders tab; the total is the sum of order totals,
 * whatever their currency); the last activity is the latest activity log event or page view.
 */
public enum ExportColumn {
    ID("id", "Customer ID", ValueType.INTEGER, Source.CUSTOMER),
    EMAIL("email", "E-mail", ValueType.TEXT, Source.CUSTOMER),
    USER_NAME("user-name", "User name", ValueType.TEXT, Source.CUSTOMER),
    FIRST_NAME("first-name", "First name", ValueType.TEXT, Source.CUSTOMER),
    LAST_NAME("last-name", "Last name", ValueType.TEXT, Source.CUSTOMER),
    COMPANY("company", "Company", ValueType.TEXT, Source.CUSTOMER),
    PHONE("phone", "Phone", ValueType.TEXT, Source.PHONES),
    REGISTERED("registered", "Registered", ValueType.DATETIME, Source.CUSTOMER),
    DATE_OF_BIRTH("date-of-birth", "Date of birth", ValueType.DATE, Source.CUSTOMER),
    STATUS("status", "Status", ValueType.TEXT, Source.CUSTOMER),
    DEACTIVATED("deactivated", "Deactivated", ValueType.BOOLEAN, Source.CUSTOMER),
    GUEST("guest", "Guest", ValueType.BOOLEAN, Source.CUSTOMER),
    GROUPS("groups", "Groups", ValueType.TEXT, Source.GROUPS),
    BILLING_ADDRESS("billing-address", "Default billing address", ValueType.TEXT, Source.ADDRESSES),
    SHIPPING_ADDRESS("shipping-address", "Default shipping address", ValueType.TEXT, Source.ADDRESSES),
    ORDER_COUNT("order-count", "Orders", ValueType.INTEGER, Source.ORDERS),
    TOTAL_SPENT("total-spent", "Total spent", ValueType.MONEY, Source.ORDERS),
    LAST_ORDER("last-order", "Last order", ValueType.DATETIME, Source.ORDERS),
    LAST_ACTIVITY("last-activity", "Last activity", ValueType.DATETIME, Source.ACTIVITY);

    /** Where a column's values come from: the reader runs one query per source (and batch) that a column needs. */
    public enum Source {
        CUSTOMER, PHONES, GROUPS, ADDRESSES, ORDERS, ACTIVITY
    }

    private final String key;
    private final String label;
    private final ValueType type;
    private final Source source;

    ExportColumn(String key, String label, ValueType type, Source source) {
        this.key = key;
        this.label = label;
        this.type = type;
        this.source = source;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public ValueType getType() {
        return type;
    }

    public Source getSource() {
        return source;
    }

    /** @return the column with this key, or null for an unknown or null key */
    public static ExportColumn fromKey(String key) {
        for (ExportColumn column : values()) {
            if (column.key.equals(key)) {
                return column;
            }
        }
        return null;
    }

    /**
     * @param keys column keys separated by commas (blanks around them ignored), e.g. a request parameter
     * @return the columns in that order, each once
     * @throws IllegalArgumentException naming the first unknown key
     */
    public static List<ExportColumn> parseKeys(String keys) {
        List<ExportColumn> columns = new ArrayList<ExportColumn>();
        if (keys == null) {
            return columns;
        }
        for (String key : keys.split(",")) {
            if (key.trim().isEmpty()) {
                continue;
            }
            ExportColumn column = fromKey(key.trim());
            if (column == null) {
                throw new IllegalArgumentException("Unknown export column: " + key.trim());
            }
            if (!columns.contains(column)) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** @return every column, in declaration order (what an export without a choice contains) */
    public static List<ExportColumn> all() {
        return Collections.unmodifiableList(Arrays.asList(values()));
    }
}
