package io.custmgr.message.service;

import io.custmgr.message.domain.MessageLimits;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules for what a merchant types to a customer, private message and e-mail alike: a subject (one line: no
 * carriage return, line feed or other control character, which would let it add mail headers) and a body, both
 * required and within {@link MessageLimits}; and the form's one-time request key. Pure, thread-safe.
 */
public final class MessageInput {

    public static final String SUBJECT = "subject";
    public static final String BODY = "body";
    public static final String REQUEST_KEY = "requestKey";

    public static final String REQUIRED = "required";
    public static final String TOO_LONG = "tooLong";
    public static final String CONTROL_CHARACTERS = "controlCharacters";

    private MessageInput() {
    }

    /** @return field name to error code, in field order; empty when the input may be sent */
    public static Map<String, String> check(String subject, String body, String requestKey) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        if (subject == null || subject.trim().isEmpty()) {
            errors.put(SUBJECT, REQUIRED);
        } else if (subject.length() > MessageLimits.SUBJECT_LENGTH) {
            errors.put(SUBJECT, TOO_LONG);
        } else if (hasControlCharacter(subject)) {
            errors.put(SUBJECT, CONTROL_CHARACTERS);
        }
        if (body == null || body.trim().isEmpty()) {
            errors.put(BODY, REQUIRED);
        } else if (body.length() > MessageLimits.BODY_LENGTH) {
            errors.put(BODY, TOO_LONG);
        }
        if (!isKey(requestKey)) {
            errors.put(REQUEST_KEY, REQUIRED);
        }
        return errors;
    }

    /** @throws InvalidMessageException with every field error, when {@link #check} finds any */
    public static void require(String subject, String body, String requestKey) {
        Map<String, String> errors = check(subject, body, requestKey);
        if (!errors.isEmpty()) {
            throw new InvalidMessageException(errors);
        }
    }

    /** @throws InvalidMessageException when the form's one-time request key is missing or too long */
    public static void requireKey(String requestKey) {
        if (!isKey(requestKey)) {
            throw new InvalidMessageException(Collections.singletonMap(REQUEST_KEY, REQUIRED));
        }
    }

    private static boolean isKey(String requestKey) {
        return requestKey != null && !requestKey.trim().isEmpty()
                && requestKey.length() <= MessageLimits.REQUEST_KEY_LENGTH;
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
