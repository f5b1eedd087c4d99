package io.custmgr.accountaudit.type;

/**
 * The audit's activity criteria, each a 0/1 column of {@code CM_ACCOUNT_AUDIT_RESULT}. {@link #isStrong() Strong}
 * ones (money or merchant decisions) make an account active whatever its spam signals; customer-area activity does
 * not, because bots sign in and browse too.
 */
public enum ActivityCriterion {
    ORDER("A_ORDER", "Orders", true),
    CART("A_CART", "Cart or checkout with items", true),
    WISHLIST("A_WISHLIST", "Wishlist items", true),
    LIBRARY("A_LIBRARY", "Library access", true),
    COMPANY("A_COMPANY", "Company member", true),
    AREA("A_AREA", "Customer-area activity", false);

    private final String column;
    private final String label;
    private final boolean strong;

    ActivityCriterion(String column, String label, boolean strong) {
        this.column = column;
        this.label = label;
        this.strong = strong;
    }

    public String getColumn() {
        return column;
    }

    public String getLabel() {
        return label;
    }

    public boolean isStrong() {
        return strong;
    }
}
