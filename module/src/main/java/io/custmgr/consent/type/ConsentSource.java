package io.custmgr.consent.type;

/**
 * Where a consent was given or withdrawn. Stored by name (CM_CONSENT.SOURCE, 16 characters).
 */
public enum ConsentSource {

    /** A new customer saved during a storefront request (Broadleaf's or the sample site's registration). */
    REGISTRATION,
    /** A storefront request under {@code /checkout}. */
    CHECKOUT,
    /** Any other storefront request: the account pages, Broadleaf's own controllers. */
    ACCOUNT_PAGE,
    /** An admin user (the customer form); the record holds the admin user's id. */
    ADMIN,
    /** No request and no admin behind the change: jobs, imports, host code. */
    HOST_CODE
}
