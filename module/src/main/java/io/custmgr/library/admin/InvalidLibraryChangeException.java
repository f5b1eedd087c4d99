package io.custmgr.library.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A merchant's library change was refused; nothing changed. Errors by field ({@code product}, {@code giver}, ...). */
public class InvalidLibraryChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String FIELD_PRODUCT = "product";
    public static final String FIELD_ACQUISITION = "acquisition";
    public static final String FIELD_GIVER = "giver";
    public static final String FIELD_NOTE = "note";
    public static final String FIELD_REASON = "reason";

    public static final String REQUIRED = "required";
    public static final String TOO_LONG = "tooLong";
    public static final String NOT_DIGITAL = "notDigital";
    public static final String ALREADY_IN_LIBRARY = "alreadyInLibrary";
    public static final String NOT_IN_LIBRARY = "notInLibrary";
    public static final String NOT_ACTIVE = "notActive";
    public static final String NOT_REVOKED = "notRevoked";
    public static final String REFUSED = "refused";

    private final Map<String, String> errors;

    public InvalidLibraryChangeException(Map<String, String> errors) {
        super("Refused library change: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(errors));
    }

    public InvalidLibraryChangeException(String field, String code) {
        this(Collections.singletonMap(field, code));
    }

    /** @return field to error code, in the order they were found */
    public Map<String, String> getErrors() {
        return errors;
    }
}
