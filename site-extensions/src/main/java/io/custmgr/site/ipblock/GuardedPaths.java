package io.custmgr.site.ipblock;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The storefront paths whose POSTs a blocked address may not make (sign-in, registration), each with where the refused
 * request is sent: written {@code /login_post.htm=/login?blocked=true,/register=/register?blocked=true}; a path without
 * {@code =target} is refused with a 403 and a plain text message. Immutable.
 */
final class GuardedPaths {

    private final Map<String, String> targets;

    private GuardedPaths(Map<String, String> targets) {
        this.targets = Collections.unmodifiableMap(targets);
    }

    static GuardedPaths parse(String spec) {
        Map<String, String> targets = new LinkedHashMap<String, String>();
        if (spec != null) {
            for (String entry : spec.split(",")) {
                String trimmed = entry.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                int equals = trimmed.indexOf('=');
                String path = (equals < 0 ? trimmed : trimmed.substring(0, equals)).trim();
                String target = equals < 0 ? "" : trimmed.substring(equals + 1).trim();
                if (!path.startsWith("/")) {
                    throw new IllegalArgumentException("A guarded path must start with /: " + path);
                }
                targets.put(path, target);
            }
        }
        return new GuardedPaths(targets);
    }

    boolean isGuarded(String path) {
        return targets.containsKey(path);
    }

    /** @return where to redirect a refused request for this path, or null to answer it with a 403 */
    String targetOf(String path) {
        String target = targets.get(path);
        return target == null || target.isEmpty() ? null : target;
    }

    Map<String, String> asMap() {
        return targets;
    }
}
