package io.custmgr.search.export.dao;

import io.custmgr.customer.profile.type.CustomerActivityStatus;
import io.custmgr.search.export.ExportColumn;

import java.math.BigDecimal;
import java.util.Date;

/** What the export reads of one customer, filled by the reader's statements, then turned into a row. */
final class ExportRecord {

    final long id;
    String email;
    String userName;
    String firstName;
    String lastName;
    String company;
    String phone;
    Date registered;
    Date dateOfBirth;
    String statusCode;
    boolean deactivated;
    boolean guest;
    boolean shipsToBilling;
    StringBuilder groups;
    String billingAddress;
    String shippingAddress;
    long orderCount;
    BigDecimal totalSpent = BigDecimal.ZERO;
    Date lastOrder;
    Date lastActivity;

    ExportRecord(long id) {
        this.id = id;
    }

    void addGroup(String name) {
        if (groups == null) {
            groups = new StringBuilder(name);
        } else {
            groups.append("; ").append(name);
        }
    }

    void activityAt(Date time) {
        if (time != null && (lastActivity == null || time.after(lastActivity))) {
            lastActivity = time;
        }
    }

    Object[] row(java.util.List<ExportColumn> columns) {
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = value(columns.get(i));
        }
        return row;
    }

    Object value(ExportColumn column) {
        switch (column) {
            case ID: return id;
            case EMAIL: return email;
            case USER_NAME: return userName;
            case FIRST_NAME: return firstName;
            case LAST_NAME: return lastName;
            case COMPANY: return company;
            case PHONE: return phone;
            case REGISTERED: return registered;
            case DATE_OF_BIRTH: return dateOfBirth;
            case STATUS: return status();
            case DEACTIVATED: return deactivated;
            case GUEST: return guest;
            case GROUPS: return groups == null ? null : groups.toString();
            case BILLING_ADDRESS: return billingAddress;
            case SHIPPING_ADDRESS: return shippingAddress;
            case ORDER_COUNT: return orderCount;
            case TOTAL_SPENT: return totalSpent;
            case LAST_ORDER: return lastOrder;
            case LAST_ACTIVITY: return lastActivity;
            default: throw new IllegalArgumentException("Unknown column " + column);
        }
    }

    /** As the profile reads it: rows from before the module (no code) are active. */
    private String status() {
        CustomerActivityStatus status = CustomerActivityStatus.getInstance(statusCode);
        return (status == null ? CustomerActivityStatus.ACTIVE : status).getFriendlyType();
    }
}
