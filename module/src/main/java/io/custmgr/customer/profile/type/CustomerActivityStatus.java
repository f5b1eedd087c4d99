package io.custmgr.customer.profile.type;

import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a customer account stands with the merchant, as the merchant records it (account usage or the customer's
 * request). Informational: signing in is governed by Broadleaf's own "deactivated" flag.
 */
public class CustomerActivityStatus implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;
    private static final Map<String, CustomerActivityStatus> TYPES = new LinkedHashMap<String, CustomerActivityStatus>();

    public static final CustomerActivityStatus ACTIVE = new CustomerActivityStatus("ACTIVE", "Active");
    public static final CustomerActivityStatus INACTIVE = new CustomerActivityStatus("INACTIVE", "Inactive");
    public static final CustomerActivityStatus SUSPENDED = new CustomerActivityStatus("SUSPENDED", "Suspended");
    public static final CustomerActivityStatus CLOSED = new CustomerActivityStatus("CLOSED", "Closed");

    /** @return the status with this code, or null for an unknown or null code */
    public static CustomerActivityStatus getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    private String type;
    private String friendlyType;

    public CustomerActivityStatus() {
        // Broadleaf's admin instantiates enumeration types reflectively
    }

    public CustomerActivityStatus(String type, String friendlyType) {
        this.type = type;
        this.friendlyType = friendlyType;
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerActivityStatus && type != null && type.equals(((CustomerActivityStatus) other).type);
    }

    @Override
    public int hashCode() {
        return type == null ? 0 : type.hashCode();
    }

    @Override
    public String toString() {
        return type;
    }
}
