package io.custmgr.customer.profile.type;

import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** Gender as the customer chose to state it; "not stated" is a null value, not a member. */
public class Gender implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Gender> TYPES = new LinkedHashMap<String, Gender>();

    public static final Gender FEMALE = new Gender("FEMALE", "Female");
    public static final Gender MALE = new Gender("MALE", "Male");
    public static final Gender OTHER = new Gender("OTHER", "Other");

    /** @return the gender with this code, or null for an unknown or null code */
    public static Gender getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    private String type;
    private String friendlyType;

    public Gender() {
        // Broadleaf's admin instantiates enumeration types reflectively
    }

    public Gender(String type, String friendlyType) {
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
        return other instanceof Gender && type != null && type.equals(((Gender) other).type);
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
