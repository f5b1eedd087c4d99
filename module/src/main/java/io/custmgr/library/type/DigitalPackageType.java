package io.custmgr.library.type;

import io.custmgr.common.type.CodedType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a digital product is delivered: its own files alone, a bundle granting several items, or a combo whose digital
 * part comes with a physical shipment.
 */
public class DigitalPackageType extends CodedType {

    private static final long serialVersionUID = 1L;
    private static final Map<String, DigitalPackageType> TYPES = new LinkedHashMap<String, DigitalPackageType>();

    public static final DigitalPackageType SINGLE = new DigitalPackageType("SINGLE", "Single item");
    public static final DigitalPackageType BUNDLE = new DigitalPackageType("BUNDLE", "Bundle");
    public static final DigitalPackageType COMBO = new DigitalPackageType("COMBO", "Combo (digital and physical)");

    /** @return the package type with this code, or null for an unknown or null code */
    public static DigitalPackageType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public DigitalPackageType() {
        // Broadleaf's admin instantiates enumeration types reflectively
    }

    public DigitalPackageType(String type, String friendlyType) {
        super(type, friendlyType);
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }
}
