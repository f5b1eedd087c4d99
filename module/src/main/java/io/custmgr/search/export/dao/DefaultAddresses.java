package io.custmgr.search.export.dao;

/**
 * A customer's default billing and shipping address as one line each, from the customer's active addresses read
 * oldest first. The address book's rule ({@code CustomerAddressBookImpl}): billing is the address flagged default
 * billing, else the oldest; shipping is billing when the customer ships to the billing address, else the one flagged
 * default shipping, else billing.
 */
final class DefaultAddresses {

    private String oldest;
    private String flaggedBilling;
    private String flaggedShipping;

    /** @param parts address lines, city, state, postal code, country, any of them null */
    void offer(boolean defaultBilling, boolean defaultShipping, String... parts) {
        String text = line(parts);
        if (oldest == null) {
            oldest = text;
        }
        if (defaultBilling && flaggedBilling == null) {
            flaggedBilling = text;
        }
        if (defaultShipping && flaggedShipping == null) {
            flaggedShipping = text;
        }
    }

    String billing() {
        return flaggedBilling != null ? flaggedBilling : oldest;
    }

    String shipping(boolean shipsToBilling) {
        return shipsToBilling || flaggedShipping == null ? billing() : flaggedShipping;
    }

    /** @return the non-blank parts, trimmed, joined by ", " */
    static String line(String... parts) {
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.trim().isEmpty()) {
                line.append(line.length() == 0 ? "" : ", ").append(part.trim());
            }
        }
        return line.toString();
    }
}
