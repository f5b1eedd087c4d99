package io.custmgr.customer.profile.type;

import io.custmgr.common.type.CodedType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gender as the customer chose to state it; "not stated" is a null value, not a member. */
public class Gender extends CodedType {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Gender> TYPES = new LinkedHashMap<String, Gender>();

    public static final Gender FEMALE = new Gender("FEMALE", "Female");
    public static final Gender MALE = new Gender("MALE", "Male");
    public static final Gender OTHER = new Gender("OTHER", "Other");

    /** @return the gender with this code, or null for an unknown or null code */
    public static Gender getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    /** @return every gender, in the order they were defined */
    public static List<Gender> all() {
        return Collections.unmodifiableList(new ArrayList<Gender>(TYPES.values()));
    }

    public Gender() {
        // Broadleaf's admin instantiates enumeration types reflectively
    }

    public Gender(String type, String friendlyType) {
        super(type, friendlyType);
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }
}
