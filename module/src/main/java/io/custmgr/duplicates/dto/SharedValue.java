package io.custmgr.duplicates.dto;

import io.custmgr.duplicates.type.DuplicateReason;

/** A reason two customers look alike, with the normalized value they share. */
public class SharedValue {

    private final DuplicateReason reason;
    private final String value;

    public SharedValue(DuplicateReason reason, String value) {
        this.reason = reason;
        this.value = value;
    }

    public DuplicateReason getReason() {
        return reason;
    }

    public String getValue() {
        return value;
    }
}
