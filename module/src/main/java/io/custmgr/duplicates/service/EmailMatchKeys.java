package io.custmgr.duplicates.service;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The match key of an e-mail address: lower case and trimmed; for the configured providers the part after a
 * {@code +} is dropped (subaddressing) and dots in the local part are removed (Gmail delivers {@code j.o.e@} to
 * {@code joe@}); domain aliases ({@code googlemail.com} is {@code gmail.com}) are mapped first. Addresses in the
 * excluded domain (the reserved domain of generated guest user names) have no key: they are nobody's real mailbox.
 */
public class EmailMatchKeys {

    private final Set<String> plusTagDomains;
    private final Set<String> dotInsensitiveDomains;
    private final Map<String, String> domainAliases;
    private final String excludedDomain;

    /**
     * @param plusTagDomains comma-separated domains whose local part ignores a {@code +tag}
     * @param dotInsensitiveDomains comma-separated domains whose local part ignores dots
     * @param domainAliases comma-separated {@code alias=domain} pairs, applied before the two lists
     * @param excludedDomain a domain whose addresses get no key; may be null
     */
    public EmailMatchKeys(String plusTagDomains, String dotInsensitiveDomains, String domainAliases,
            String excludedDomain) {
        this.plusTagDomains = domains(plusTagDomains);
        this.dotInsensitiveDomains = domains(dotInsensitiveDomains);
        this.domainAliases = aliases(domainAliases);
        this.excludedDomain = excludedDomain == null ? null : excludedDomain.trim().toLowerCase(Locale.ROOT);
    }

    /** @return the key, or null when {@code email} is blank, not an address or in the excluded domain */
    public String key(String email) {
        if (email == null) {
            return null;
        }
        String address = email.trim().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return null;
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (domain.equals(excludedDomain)) {
            return null;
        }
        String canonical = domainAliases.get(domain);
        if (canonical != null) {
            domain = canonical;
        }
        if (plusTagDomains.contains(domain)) {
            int plus = local.indexOf('+');
            local = plus < 0 ? local : local.substring(0, plus);
        }
        if (dotInsensitiveDomains.contains(domain)) {
            local = local.replace(".", "");
        }
        return local.isEmpty() ? null : local + "@" + domain;
    }

    static Set<String> domains(String list) {
        Set<String> domains = new HashSet<String>();
        if (list != null) {
            for (String domain : list.split(",")) {
                if (!domain.trim().isEmpty()) {
                    domains.add(domain.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return Collections.unmodifiableSet(domains);
    }

    static Map<String, String> aliases(String list) {
        Map<String, String> aliases = new HashMap<String, String>();
        if (list != null) {
            for (String pair : list.split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    aliases.put(pair.substring(0, eq).trim().toLowerCase(Locale.ROOT),
                            pair.substring(eq + 1).trim().toLowerCase(Locale.ROOT));
                } else if (!pair.trim().isEmpty()) {
                    throw new IllegalArgumentException("A domain alias is written alias=domain, not '" + pair + "'");
                }
            }
        }
        return Collections.unmodifiableMap(aliases);
    }
}
