package io.custmgr.address.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An address input was refused; nothing was saved. Carries the errors by field (codes as in the validator). */
public class InvalidAddressException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidAddressException(Map<String, String> fieldErrors) {
        super("Invalid address: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(fieldErrors));
    }

    /** @return error code by field name; never empty */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
