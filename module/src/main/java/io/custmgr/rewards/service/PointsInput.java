package io.custmgr.rewards.service;

import static io.custmgr.rewards.service.InvalidPointsChangeException.*;

import java.util.Map;

/** A number of points as someone typed it: a whole number with an optional sign, at most ten digits. */
final class PointsInput {

    private PointsInput() {
    }

    /** @return the number, or null after putting REQUIRED or NOT_A_WHOLE_NUMBER under {@code points} */
    static Long parse(String typed, Map<String, String> errors) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            errors.put(FIELD_POINTS, REQUIRED);
            return null;
        }
        if (!text.matches("[+-]?\\d{1,10}")) {
            errors.put(FIELD_POINTS, NOT_A_WHOLE_NUMBER);
            return null;
        }
        return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    }
}
