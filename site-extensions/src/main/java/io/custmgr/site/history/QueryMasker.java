package io.custmgr.site.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the stored "partial URL" (path and query) with the values of sensitive query parameters replaced by
 * {@code ***}. A parameter is sensitive when its name, ignoring case, contains one of the configured words, so
 * {@code card}, {@code cardNumber} and {@code creditCard} all match (erring towards masking). Immutable, thread-safe.
 */
public class QueryMasker {

    static final String MASK = "***";
    static final int MAX_LENGTH = 1024;

    private final List<String> words = new ArrayList<String>();

    /** @param sensitiveWords comma separated, e.g. {@code password,token,key,secret,card,cvv} */
    public QueryMasker(String sensitiveWords) {
        if (sensitiveWords != null) {
            for (String word : sensitiveWords.split(",")) {
                if (!word.trim().isEmpty()) {
                    words.add(word.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** @return path plus masked query, at most 1024 characters; null only when the path is null */
    public String partialUrl(String path, String query) {
        if (path == null) {
            return null;
        }
        StringBuilder url = new StringBuilder(path);
        if (query != null && !query.isEmpty()) {
            url.append('?').append(mask(query));
        }
        return url.length() <= MAX_LENGTH ? url.toString() : url.substring(0, MAX_LENGTH);
    }

    /** A whole URL (e.g. the referrer) with its query masked, at most 1024 characters. */
    public String maskedUrl(String url) {
        int question = url.indexOf('?');
        return question < 0 ? partialUrl(url, null) : partialUrl(url.substring(0, question), url.substring(question + 1));
    }

    String mask(String query) {
        StringBuilder masked = new StringBuilder(query.length());
        for (String pair : query.split("&", -1)) {
            if (masked.length() > 0) {
                masked.append('&');
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (equals >= 0 && isSensitive(name)) {
                masked.append(name).append('=').append(MASK);
            } else {
                masked.append(pair);
            }
        }
        return masked.toString();
    }

    private boolean isSensitive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
