package io.custmgr.customer.profile.domain;

/**
 * Where the admin's Customer form puts the customer's identity: Broadleaf's own "Customer" group, moved to the top of
 * the General tab. It holds first and last name and e-mail address (Broadleaf's fields, moved by the admin context's
 * {@code blMetadataOverrides}, which repeats these values), activity status and the guest flag (the module's fields,
 * by their annotations); dates, profile and access fields follow in their own groups.
 */
public final class CustomerFormGroups {

    /** Broadleaf's message key of the group ("Customer"). */
    public static final String IDENTITY_GROUP = "CustomerImpl_Customer";
    /** Before every other group of the tab (the module's Profile group is 1500). */
    public static final int IDENTITY_GROUP_ORDER = 100;

    private CustomerFormGroups() {
    }
}
