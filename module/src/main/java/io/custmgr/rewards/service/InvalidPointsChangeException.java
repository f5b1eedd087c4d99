package io.custmgr.rewards.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A points change was refused; nothing changed. Errors by field ({@code points}, {@code note}, {@code order}). */
public class InvalidPointsChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String FIELD_POINTS = "points";
    public static final String FIELD_NOTE = "note";
    public static final String FIELD_ORDER = "order";

    public static final String REQUIRED = "required";
    public static final String NOT_A_WHOLE_NUMBER = "notAWholeNumber";
    public static final String ZERO = "zero";
    public static final String OVER_LIMIT = "overLimit";
    public static final String BELOW_ZERO = "belowZero";
    public static final String OVER_BALANCE = "overBalance";
    public static final String OVER_TOTAL = "overTotal";
    public static final String UNDER_MINIMUM = "underMinimum";
    public static final String TOO_LONG = "tooLong";
    public static final String NOT_YOURS = "notYours";

    private final Map<String, String> errors;

    public InvalidPointsChangeException(Map<String, String> errors) {
        super("Refused points change: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(errors));
    }

    public InvalidPointsChangeException(String field, String code) {
        this(Collections.singletonMap(field, code));
    }

    /** @return field to error code, in the order they were found */
    public Map<String, String> getErrors() {
        return errors;
    }
}
