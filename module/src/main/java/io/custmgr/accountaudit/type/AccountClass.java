package io.custmgr.accountaudit.type;

/** What the account audit makes of a registered customer. */
public enum AccountClass {
    ACTIVE("Active"), UNUSED("Unused"), SPAM("Suspected spam");

    private final String label;

    AccountClass(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** @return the class named (case-insensitive), or null for anything else */
    public static AccountClass parse(String name) {
        for (AccountClass value : values()) {
            if (value.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return value;
            }
        }
        return null;
    }
}
