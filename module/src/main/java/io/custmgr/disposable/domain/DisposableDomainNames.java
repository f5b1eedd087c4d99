package io.custmgr.disposable.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalizing and checking e-mail domains; no DNS, no network. */
public final class DisposableDomainNames {

    /** Letters, digits and inner hyphens per label (punycode for international names), at least two labels. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private DisposableDomainNames() {
    }

    /** @return trimmed, lower case, without a leading {@code @} or dot and a trailing dot; null stays null */
    public static String normalize(String domain) {
        if (domain == null) {
            return null;
        }
        String clean = domain.trim().toLowerCase(Locale.ROOT);
        while (clean.startsWith("@") || clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        while (clean.endsWith(".")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        return clean;
    }

    public static boolean isValid(String normalizedDomain) {
        return normalizedDomain != null && DOMAIN.matcher(normalizedDomain).matches();
    }

    /** @return the normalized domain of an e-mail address (after its last {@code @}) or of a bare domain */
    public static String domainOf(String emailOrDomain) {
        if (emailOrDomain == null) {
            return null;
        }
        int at = emailOrDomain.lastIndexOf('@');
        return normalize(at < 0 ? emailOrDomain : emailOrDomain.substring(at + 1));
    }

    /** @return the domain and each parent domain of at least two labels: a.b.example.com, b.example.com, example.com */
    public static List<String> withParents(String normalizedDomain) {
        List<String> names = new ArrayList<String>();
        String name = normalizedDomain;
        while (name != null && name.indexOf('.') > 0) {
            names.add(name);
            name = name.substring(name.indexOf('.') + 1);
        }
        return names;
    }
}
