package io.custmgr.maillog.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets a mail carries in its known link variables, masked out of its rendered content before the log stores
 * it: a variable holding a link contributes the values of its token-like query parameters, a variable holding no link
 * (Broadleaf's {@code token}) its whole value. What the mail shows besides stays readable. Values shorter than
 * {@link #MIN_SECRET_LENGTH} are left alone (they would mask ordinary words). Immutable, thread-safe.
 */
public final class MailSecrets {

    public static final String MASK = "[hidden]";
    static final int MIN_SECRET_LENGTH = 8;
    private static final Pattern TOKEN_PARAMETER = Pattern.compile(
            "[?&](?:[A-Za-z0-9_.-]*(?:token|key|secret|code))=([^&#\\s\"'<>]+)", Pattern.CASE_INSENSITIVE);

    private final Set<String> variables;

    /** @param variables names of the template variables holding links or tokens (e.g. resetPasswordUrl, token) */
    public MailSecrets(Collection<String> variables) {
        Set<String> names = new LinkedHashSet<String>();
        for (String name : variables) {
            if (name != null && !name.trim().isEmpty()) {
                names.add(name.trim());
            }
        }
        this.variables = names;
    }

    /** @param variables comma-separated names */
    public static MailSecrets of(String variables) {
        return new MailSecrets(Arrays.asList(variables == null ? new String[0] : variables.split(",")));
    }

    /** @return the secret strings the known variables of these template variables hold, longest first */
    public List<String> find(Map<String, ?> templateVariables) {
        List<String> secrets = new ArrayList<String>();
        for (String name : variables) {
            Object value = templateVariables.get(name);
            if (value == null) {
                continue;
            }
            String text = value.toString();
            if (text.contains("/") || text.contains("?")) {
                Matcher parameter = TOKEN_PARAMETER.matcher(text);
                while (parameter.find()) {
                    add(secrets, parameter.group(1));
                }
            } else {
                add(secrets, text);
            }
        }
        Collections.sort(secrets, new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                return b.length() - a.length();
            }
        });
        return secrets;
    }

    /** @return the content with every occurrence of each secret replaced by {@link #MASK}; null stays null */
    public static String mask(String content, List<String> secrets) {
        if (content == null) {
            return null;
        }
        String masked = content;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    private static void add(List<String> secrets, String value) {
        if (value.length() >= MIN_SECRET_LENGTH && !secrets.contains(value)) {
            secrets.add(value);
        }
    }
}
