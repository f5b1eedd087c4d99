package io.custmgr.consent.service;

import io.custmgr.consent.domain.ConsentRecord;

import java.util.List;

/**
 * The customers' consents (bean {@code cmConsentService}): every change of the newsletter opt-in and of Broadleaf's
 * "Receive Email" is recorded by a Hibernate listener whatever saved the customer (admin form, storefront, Broadleaf's
 * own controllers and services, host code); other consent kinds are recorded by calling {@link #record}.
 */
public interface ConsentService {

    /**
     * Records that the customer gave or withdrew a consent, in the caller's transaction (one is required), as of now.
     *
     * @param kind a code of up to 32 characters, e.g. {@link io.custmgr.consent.type.ConsentKind#NEWSLETTER}
     * @param origin where it came from; null for {@link #currentOrigin}{@code (false)}
     * @return the record written
     */
    ConsentRecord record(Long customerId, String kind, boolean granted, ConsentOrigin origin);

    /**
     * Where a consent changed on the current thread comes from: the signed-in admin user (with id and IP), else a
     * storefront request ({@code /checkout...} is the checkout, a new customer's save the registration, anything else
     * the account page; with the client IP), else host code. Never null, never throws.
     *
     * @param newCustomer whether the consent comes with the customer's first save
     */
    ConsentOrigin currentOrigin(boolean newCustomer);

    /** @return the customer's consent records, newest first, at most {@code max} */
    List<ConsentRecord> findConsents(Long customerId, int max);
}
