package io.custmgr.company.type;

import io.custmgr.common.type.CodedType;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where a company account stands: asked for on the storefront, approved, turned down, or stopped by the merchant. */
public class CompanyStatus extends CodedType {

    private static final long serialVersionUID = 1L;
    private static final Map<String, CompanyStatus> TYPES = new LinkedHashMap<String, CompanyStatus>();

    public static final CompanyStatus PENDING = new CompanyStatus("PENDING", "Pending approval");
    public static final CompanyStatus ACTIVE = new CompanyStatus("ACTIVE", "Active");
    public static final CompanyStatus REJECTED = new CompanyStatus("REJECTED", "Rejected");
    public static final CompanyStatus SUSPENDED = new CompanyStatus("SUSPENDED", "Suspended");

    /** @return the status with this code, or null */
    public static CompanyStatus getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public CompanyStatus() {
        // Broadleaf's admin instantiates enumeration types reflectively
    }

    public CompanyStatus(String type, String friendlyType) {
        super(type, friendlyType);
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }
}
