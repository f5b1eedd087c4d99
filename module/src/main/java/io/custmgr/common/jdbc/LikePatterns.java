package io.custmgr.common.jdbc;

import java.util.Locale;

/** Patterns for {@code LOWER(column) LIKE :p ESCAPE '!'} that take the searched text literally. */
public final class LikePatterns {

    public static final String ESCAPE = " ESCAPE '!'";

    private LikePatterns() {
    }

    /** @return a pattern matching values that contain the text, ignoring case */
    public static String containing(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
