package io.custmgr.library.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An upload was refused; nothing was stored. Errors by field ({@code fileName}, {@code content}, {@code product}). */
public class InvalidDigitalFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String FIELD_NAME = "fileName";
    public static final String FIELD_CONTENT = "content";
    public static final String FIELD_PRODUCT = "product";

    public static final String REQUIRED = "required";
    public static final String BAD_NAME = "badName";
    public static final String TOO_LONG = "tooLong";
    public static final String TOO_LARGE = "tooLarge";
    public static final String EMPTY = "empty";
    public static final String REFUSED_TYPE = "refusedType";
    public static final String NOT_FOUND = "notFound";

    private final Map<String, String> errors;

    public InvalidDigitalFileException(Map<String, String> errors) {
        super("Refused digital file: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(errors));
    }

    public InvalidDigitalFileException(String field, String code) {
        this(Collections.singletonMap(field, code));
    }

    /** @return field to error code */
    public Map<String, String> getErrors() {
        return errors;
    }
}
