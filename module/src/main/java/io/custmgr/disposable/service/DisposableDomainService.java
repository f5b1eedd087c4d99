package io.custmgr.disposable.service;

import io.custmgr.disposable.domain.DisposableDomain;

import java.util.List;

/**
 * Disposable (throw-away) e-mail domains (bean {@code cmDisposableDomainService}, table {@code CM_DISPOSABLE_DOMAIN}):
 * the list shipped with the module ({@code config/custmgr/spam/disposable-email-domains.txt}, loaded at start-up)
 * plus the merchant's additions, minus the merchant's deletions. {@link #isDisposable} answers from an in-memory set,
 * reloaded after a change in this webapp and at the latest {@code custmgr.disposableDomains.cacheSeconds} after one
 * elsewhere.
 * <p>
 * Set-based SQL: {@code CM_DISPOSABLE_DOMAIN.DOMAIN} holds the lower-case domain without a leading dot; an address is
 * disposable when {@code LOWER(email) LIKE '%@' || DOMAIN} (the domain itself) or {@code LIKE '%.' || DOMAIN} (a
 * subdomain of it).
 */
public interface DisposableDomainService {

    /**
     * @param emailOrDomain an e-mail address (the part after its last {@code @} counts) or a domain
     * @return whether the domain or one of its parent domains is listed; false for null or blank
     */
    boolean isDisposable(String emailOrDomain);

    /**
     * Adds a domain as the merchant's (or returns the one already listed).
     *
     * @throws IllegalArgumentException when it is not a valid domain name (message says why)
     */
    DisposableDomain add(String domain);

    /**
     * @param exceptId the entry being edited, null for a new one
     * @return null when acceptable, else the message key of the broken rule ({@link #DOMAIN_INVALID},
     *         {@link #DOMAIN_TAKEN}); a blank value is left to the admin's required check
     */
    String checkDomain(String domain, Long exceptId);

    String DOMAIN_INVALID = "DisposableDomain_Domain_Invalid";
    String DOMAIN_TAKEN = "DisposableDomain_Domain_Taken";

    /** Deletes the entry; a shipped domain deleted this way is not loaded again. @return false when none */
    boolean remove(Long id);

    DisposableDomain findById(Long id);

    /** @return every listed domain, alphabetically */
    List<DisposableDomain> findAll();

    /**
     * Loads the shipped domains not loaded before (a domain already in the list, or loaded once and deleted since, is
     * skipped), in one transaction. Runs at start-up.
     *
     * @return domains added to the list
     */
    int loadShipped(List<String> shippedDomains);
}
