package io.custmgr.customer.deletion.type;

/**
 * Why the cleanup left a selected customer alone: checked again inside each batch, so nothing that changed since the
 * audit (an order placed, a flag set) is lost. Checked in this order; the first that applies is reported.
 * <p>
 * Some rules also refuse a merchant's (or a host's) explicit delete of the customer ({@link #refusesDelete()}): orders
 * stay for the books, and the merchant's own "Protected from cleanup" flag is honoured. The others only say that the
 * account is in use (a guest, a full cart, a group, library access, a company) - reasons not to delete it unasked, not to
 * refuse the merchant who chose to.
 */
public enum KeepRule {
    NOT_AN_ACCOUNT("Guest profile or anonymous visitor (guest expiry handles those)", null),
    PROTECTED("Protected from cleanup", "it is protected from cleanup. Untick \u201cProtected from cleanup\u201d"
            + " (Access group of the customer form) first, or deactivate the customer instead."),
    ORDERS("Has orders", "it has placed orders, which the store keeps for its books. Deactivate the customer instead"
            + " (\u201cDeactivated\u201d on the Advanced tab keeps it out of the storefront); erasing its personal"
            + " data instead is the form's \u201cErase personal data\u2026\u201d."),
    OPEN_CART("Open cart with items", null),
    LIBRARY_ACCESS("Library access", null),
    GROUP_MEMBER("Member of a customer group", null),
    COMPANY_MEMBER("Member of a company account", null),
    GONE("No longer exists", "it no longer exists.");

    private final String label;
    private final String deleteRefusal;

    KeepRule(String label, String deleteRefusal) {
        this.label = label;
        this.deleteRefusal = deleteRefusal;
    }

    public String getLabel() {
        return label;
    }

    /** @return whether this rule refuses an explicit delete of the customer too, not only the cleanup */
    public boolean refusesDelete() {
        return deleteRefusal != null;
    }

    /** @return why an explicit delete is refused and what to do instead, or null when the rule does not refuse it */
    public String getDeleteRefusal() {
        return deleteRefusal;
    }
}
