package io.custmgr.activity.type;

import io.custmgr.common.type.CodedType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The kinds of customer activity the log records. A host may add its own by creating more instances. */
public class ActivityEventType extends CodedType {

    private static final long serialVersionUID = 1L;
    private static final Map<String, ActivityEventType> TYPES = new LinkedHashMap<String, ActivityEventType>();

    public static final ActivityEventType REGISTRATION = new ActivityEventType("REGISTRATION", "Registration");
    public static final ActivityEventType LOGIN = new ActivityEventType("LOGIN", "Login");
    public static final ActivityEventType LOGIN_FAILED = new ActivityEventType("LOGIN_FAILED", "Failed login");
    public static final ActivityEventType LOGOUT = new ActivityEventType("LOGOUT", "Logout");
    public static final ActivityEventType PASSWORD_CHANGE = new ActivityEventType("PASSWORD_CHANGE", "Password change");
    public static final ActivityEventType EMAIL_CHANGE = new ActivityEventType("EMAIL_CHANGE", "E-mail change");
    public static final ActivityEventType ADDRESS_CHANGE = new ActivityEventType("ADDRESS_CHANGE", "Address change");
    public static final ActivityEventType ORDER_PLACED = new ActivityEventType("ORDER_PLACED", "Order placed");
    public static final ActivityEventType CART_ABANDONED = new ActivityEventType("CART_ABANDONED", "Cart abandoned");
    public static final ActivityEventType GUEST_ORDERS_CLAIMED = new ActivityEventType("GUEST_ORDERS_CLAIMED",
            "Guest orders claimed");

    /** @return the type with this code, or null for an unknown or null code */
    public static ActivityEventType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public static List<ActivityEventType> all() {
        synchronized (TYPES) {
            return Collections.unmodifiableList(new ArrayList<ActivityEventType>(TYPES.values()));
        }
    }

    public ActivityEventType() {
        // Broadleaf's admin instantiates enumeration types reflectively
    }

    public ActivityEventType(String type, String friendlyType) {
        super(type, friendlyType);
        synchronized (TYPES) {
            if (!TYPES.containsKey(type)) {
                TYPES.put(type, this);
            }
        }
    }
}
