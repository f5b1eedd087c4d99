package io.custmgr.site.history;

import io.custmgr.site.common.RequestPaths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;

/**
 * Which requests are page views: GET or POST, not a static resource (by extension or folder), not a health check and
 * not an admin path (configured prefixes, matched on the path after the context path). Immutable, thread-safe.
 */
public class RequestClassifier {

    private static final List<String> STATIC_EXTENSIONS = Arrays.asList(
            ".css", ".js", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".woff", ".woff2", ".map");
    private static final List<String> STATIC_FOLDERS = Arrays.asList(
            "/css/", "/js/", "/img/", "/fonts/", "/cmsstatic/");

    private final List<String> excludedPrefixes = new ArrayList<String>();

    /** @param excludedPrefixes comma-separated lists (health checks, admin paths, ...); null or empty: none */
    public RequestClassifier(String... excludedPrefixes) {
        for (String list : excludedPrefixes) {
            if (list == null) {
                continue;
            }
            for (String prefix : list.split(",")) {
                if (!prefix.trim().isEmpty()) {
                    this.excludedPrefixes.add(prefix.trim());
                }
            }
        }
    }

    public boolean isPageView(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equalsIgnoreCase(method) && !"POST".equalsIgnoreCase(method)) {
            return false;
        }
        String path = pathOf(request);
        String lower = path.toLowerCase(Locale.ROOT);
        for (String extension : STATIC_EXTENSIONS) {
            if (lower.endsWith(extension)) {
                return false;
            }
        }
        for (String folder : STATIC_FOLDERS) {
            if (lower.startsWith(folder)) {
                return false;
            }
        }
        for (String prefix : excludedPrefixes) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    /** The request path after the context path, without matrix parameters; "/" at least. */
    public String pathOf(HttpServletRequest request) {
        return RequestPaths.pathOf(request);
    }
}
