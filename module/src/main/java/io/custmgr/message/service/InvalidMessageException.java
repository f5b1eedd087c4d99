package io.custmgr.message.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the merchant typed cannot be sent; nothing was stored or sent. */
public class InvalidMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> errors;

    public InvalidMessageException(Map<String, String> errors) {
        super("Invalid message: " + errors.keySet());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(errors));
    }

    /** @return field name ({@link MessageInput#SUBJECT}, …) to error code ({@link MessageInput#REQUIRED}, …) */
    public Map<String, String> getErrors() {
        return errors;
    }
}
