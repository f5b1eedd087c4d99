package io.custmgr.admin.web.search;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search page's state is its URL: these build the links of the same search with one thing changed (page, sort, a
 * facet value ticked or unticked), so a search can be bookmarked and shared.
 */
public class SearchUrl {

    static final List<String> DROPPED = Arrays.asList("page", "csrfToken", "id", "all", "format", "column");

    private final String path;
    private final Map<String, List<String>> params = new LinkedHashMap<String, List<String>>();

    public SearchUrl(String path, Map<String, String[]> request) {
        this.path = path;
        for (Map.Entry<String, String[]> param : request.entrySet()) {
            if (DROPPED.contains(param.getKey()) || param.getValue() == null) {
                continue;
            }
            List<String> values = new ArrayList<String>();
            for (String value : param.getValue()) {
                if (value != null && !value.trim().isEmpty()) {
                    values.add(value);
                }
            }
            if (!values.isEmpty()) {
                params.put(param.getKey(), values);
            }
        }
    }

    /** @return the parameters kept (for hidden inputs of the export form) */
    public Map<String, List<String>> getParams() {
        return params;
    }

    public String page(int page) {
        Map<String, List<String>> copy = copy();
        copy.put("page", Arrays.asList(Integer.toString(page)));
        return build(copy);
    }

    /** @return the link sorting by {@code key}: descending first, the other way when already sorted by it */
    public String sort(String key, String currentKey, boolean ascending) {
        Map<String, List<String>> copy = copy();
        copy.put("sort", Arrays.asList(key));
        copy.put("dir", Arrays.asList(key.equals(currentKey) && !ascending ? "asc" : "desc"));
        return build(copy);
    }

    /** @return the link with {@code value} of the multi-valued {@code name} ticked, or unticked when it was */
    public String toggle(String name, String value) {
        Map<String, List<String>> copy = copy();
        List<String> values = copy.containsKey(name) ? new ArrayList<String>(copy.get(name)) : new ArrayList<String>();
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            copy.remove(name);
        } else {
            copy.put(name, values);
        }
        return build(copy);
    }

    public boolean has(String name, String value) {
        return params.containsKey(name) && params.get(name).contains(value);
    }

    /** @return the first value of {@code name}, "" without one (form fields) */
    public String value(String name) {
        return params.containsKey(name) ? params.get(name).get(0) : "";
    }

    public String current() {
        return build(params);
    }

    private Map<String, List<String>> copy() {
        return new LinkedHashMap<String, List<String>>(params);
    }

    private String build(Map<String, List<String>> query) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, List<String>> param : query.entrySet()) {
            for (String value : param.getValue()) {
                url.append(separator).append(encode(param.getKey())).append('=').append(encode(value));
                separator = '&';
            }
        }
        return url.toString();
    }

    private static String encode(String value) {
        try {
            return URLEncoder.encode(value, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
