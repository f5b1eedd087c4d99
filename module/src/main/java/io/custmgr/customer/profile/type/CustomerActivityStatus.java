package io.custmgr.customer.profile.type;

import io.custmgr.common.type.CodedType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a customer account stands with the merchant, as the merchant records it (account usage or the customer's
 * request). Informational: signing in is governed by Broadleaf's own "deactivated" flag.
 */
public class CustomerActivityStatus extends CodedType {

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

    public CustomerActivityStatus() {
        // Broadleaf's admin instantiates enumeration types reflectively
    }

    public CustomerActivityStatus(String type, String friendlyType) {
        super(type, friendlyType);
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }
}
