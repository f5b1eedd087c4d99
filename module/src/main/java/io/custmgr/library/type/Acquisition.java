package io.custmgr.library.type;

import io.custmgr.common.type.CodedType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an item came into a customer's library. ALL_ACCESS is never stored: it is how an item the customer has no entry
 * for shows while the profile's "library all-access" flag is on.
 */
public class Acquisition extends CodedType {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Acquisition> TYPES = new LinkedHashMap<String, Acquisition>();

    public static final Acquisition PURCHASE = new Acquisition("PURCHASE", "Purchase");
    public static final Acquisition GIFT = new Acquisition("GIFT", "Gift");
    public static final Acquisition MANUAL = new Acquisition("MANUAL", "Manual grant");
    public static final Acquisition ALL_ACCESS = new Acquisition("ALL_ACCESS", "All-access");

    /** @return the acquisition with this code, or null for an unknown or null code */
    public static Acquisition getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public Acquisition() {
        // Broadleaf's admin instantiates enumeration types reflectively
    }

    public Acquisition(String type, String friendlyType) {
        super(type, friendlyType);
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }
}
