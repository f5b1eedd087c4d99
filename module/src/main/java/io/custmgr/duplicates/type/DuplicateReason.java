package io.custmgr.duplicates.type;

/**
 * Why two customers are likely the same person; the {@link #getCode() code} is what {@code CM_CUSTOMER_MATCH_KEY.KIND}
 * stores and the admin's reason filter sends.
 */
public enum DuplicateReason {

    /** Same e-mail address after normalization (case, and dots / +tags where the provider ignores them). */
    EMAIL("EMAIL"),
    /** Same phone number: its last significant digits. */
    PHONE("PHONE"),
    /** Same first and last name and the same postal address (line 1, postal code, country) in their address books. */
    NAME_ADDRESS("NAME_ADDRESS");

    private final String code;

    DuplicateReason(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    /** @return the reason with this code, or null for null, blank or unknown codes */
    public static DuplicateReason fromCode(String code) {
        if (code != null) {
            for (DuplicateReason reason : values()) {
                if (reason.code.equalsIgnoreCase(code.trim())) {
                    return reason;
                }
            }
        }
        return null;
    }
}
