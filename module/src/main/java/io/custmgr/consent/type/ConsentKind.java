package io.custmgr.consent.type;

/**
 * The consent kinds the module records on its own. A kind is any code of up to {@link #MAX_LENGTH} characters, so a
 * feature or a host records its own kinds through {@code ConsentService.record} without a change here.
 */
public final class ConsentKind {

    public static final int MAX_LENGTH = 32;

    /** The module's newsletter opt-in (the profile's "Newsletter opt-in", column CM_NEWSLETTER_OPT_IN). */
    public static final String NEWSLETTER = "NEWSLETTER";

    /** Broadleaf's own "Receive Email" flag (Customer.receiveEmail; on by Broadleaf's default for a new customer). */
    public static final String RECEIVE_EMAIL = "RECEIVE_EMAIL";

    private ConsentKind() {
    }
}
