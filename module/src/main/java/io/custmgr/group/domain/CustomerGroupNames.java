package io.custmgr.group.domain;

import java.util.Locale;

/** How group names compare: without surrounding spaces and regardless of case. */
public final class CustomerGroupNames {

    private CustomerGroupNames() {
    }

    /** @return the name as stored: without surrounding spaces, null when blank */
    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** @return the unique key of a name (column {@code NAME_KEY}), null when blank */
    public static String key(String name) {
        String clean = clean(name);
        return clean == null ? null : clean.toLowerCase(Locale.ROOT);
    }
}
