package io.custmgr.search.query;

import io.custmgr.search.index.CustomerFields;

/** The columns a result list sorts by: URL key, index field, and the SQL fallback's column. */
public enum SortKey {
    ID("id", CustomerFields.CUSTOMER_ID, "c.CUSTOMER_ID"),
    EMAIL("email", CustomerFields.EMAIL_KEY, "LOWER(c.EMAIL_ADDRESS)"),
    LAST_NAME("lastName", CustomerFields.LAST_NAME_KEY, "LOWER(c.LAST_NAME)"),
    FIRST_NAME("firstName", CustomerFields.FIRST_NAME_KEY, "LOWER(c.FIRST_NAME)"),
    COMPANY("company", CustomerFields.COMPANY_KEY, "LOWER(c.CM_COMPANY)"),
    REGISTERED("registered", CustomerFields.REGISTERED, "c.DATE_CREATED"),
    LAST_ACTIVITY("lastActivity", CustomerFields.LAST_ACTIVITY, null),
    LAST_ORDER("lastOrder", CustomerFields.LAST_ORDER, null),
    ORDERS("orders", CustomerFields.ORDER_COUNT, null),
    SPENT("spent", CustomerFields.TOTAL_SPENT, null);

    private final String key;
    private final String field;
    private final String sqlColumn;

    SortKey(String key, String field, String sqlColumn) {
        this.key = key;
        this.field = field;
        this.sqlColumn = sqlColumn;
    }

    public String getKey() {
        return key;
    }

    public String getField() {
        return field;
    }

    /** @return the fallback search's column, or null when only the index has the value */
    public String getSqlColumn() {
        return sqlColumn;
    }

    /** @return the key's sort, or null for an unknown key */
    public static SortKey of(String key) {
        for (SortKey sort : values()) {
            if (sort.key.equals(key)) {
                return sort;
            }
        }
        return null;
    }
}
