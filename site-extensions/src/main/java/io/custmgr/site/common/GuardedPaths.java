package io.custmgr.site.common;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Storefront paths someone may not use in some situation (sign-in and registration from a blocked address, password
 * and e-mail changes while an admin assists a customer), each with where the refused request is sent: written
 * {@code /login_post.htm=/login?blocked=true,/register=/register?blocked=true}; a path without {@code =target} is
 * refused with a 403 and a plain text message. Immutable.
 */
public final class GuardedPaths {

    private final Map<String, String> targets;

    private GuardedPaths(Map<String, String> targets) {
        this.targets = Collections.unmodifiableMap(targets);
    }

    public static GuardedPaths parse(String spec) {
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

    public boolean isGuarded(String path) {
        return targets.containsKey(path);
    }

    /** @return where to redirect a refused request for this path, or null to answer it with a 403 */
    public String targetOf(String path) {
        String target = targets.get(path);
        return target == null || target.isEmpty() ? null : target;
    }

    /**
     * Answers a refused request for a guarded path: a redirect to its target inside the webapp, or a 403 with the
     * message as plain text when it has none.
     */
    public void refuse(HttpServletRequest request, HttpServletResponse response, String path, String message)
            throws IOException {
        String target = targetOf(path);
        if (target != null) {
            response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + target));
        } else {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(message);
        }
    }

    public Map<String, String> asMap() {
        return targets;
    }
}
