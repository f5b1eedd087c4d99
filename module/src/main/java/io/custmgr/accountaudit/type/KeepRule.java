package io.custmgr.accountaudit.type;

/**
 * Why the cleanup left a selected customer alone: checked again inside each batch, so nothing that changed since the
 * audit (an order placed, a flag set) is lost. Checked in this order; the first that applies is reported.
 */
public enum KeepRule {
    NOT_AN_ACCOUNT("Guest profile or anonymous visitor (guest expiry handles those)"),
    PROTECTED("Protected from cleanup"),
    ORDERS("Has orders"),
    OPEN_CART("Open cart with items"),
    LIBRARY_ACCESS("Library access"),
    GROUP_MEMBER("Member of a customer group"),
    GONE("No longer exists");

    private final String label;

    KeepRule(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
