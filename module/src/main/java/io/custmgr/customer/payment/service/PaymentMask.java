package io.custmgr.customer.payment.service;

import java.util.Locale;
import java.util.Map;

/**
 * Turns the fields Broadleaf stored with a customer payment (its PaymentAdditionalFieldType keys) into the masked
 * view. Only the last four digits of LAST_FOUR survive, whatever a gateway put there (a full card number included).
 */
public final class PaymentMask {

    public static final String CARD_TYPE = "CARD_TYPE";
    public static final String PAYMENT_TYPE = "PAYMENT_TYPE";
    public static final String LAST_FOUR = "LAST_FOUR";
    public static final String EXP_DATE = "EXP_DATE";
    public static final String EXP_MONTH = "EXP_MONTH";
    public static final String EXP_YEAR = "EXP_YEAR";

    /** The only fields ever read from the database. */
    public static final String[] READ_FIELDS = {CARD_TYPE, PAYMENT_TYPE, LAST_FOUR, EXP_DATE, EXP_MONTH, EXP_YEAR};

    static final String UNKNOWN_TYPE = "Saved payment";
    private static final int TYPE_LENGTH = 30;

    private PaymentMask() {
    }

    /** "VISA" → "Visa", "CREDIT_CARD" → "Credit card"; anything but letters, digits and spaces dropped. */
    public static String type(Map<String, String> fields) {
        String raw = fields.get(CARD_TYPE);
        if (raw == null || raw.trim().isEmpty()) {
            raw = fields.get(PAYMENT_TYPE);
        }
        String words = raw == null ? "" : raw.replace('_', ' ').replaceAll("[^\\p{L}\\p{Nd} ]", "")
                .replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return UNKNOWN_TYPE;
        }
        if (words.length() > TYPE_LENGTH) {
            words = words.substring(0, TYPE_LENGTH).trim();
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The last four digits of LAST_FOUR, or null with fewer than four digits. */
    public static String lastFour(Map<String, String> fields) {
        String digits = fields.get(LAST_FOUR) == null ? "" : fields.get(LAST_FOUR).replaceAll("\\D", "");
        return digits.length() < 4 ? null : digits.substring(digits.length() - 4);
    }

    public static CardExpiry expiry(Map<String, String> fields) {
        CardExpiry expiry = CardExpiry.parse(fields.get(EXP_DATE));
        return expiry != null ? expiry : CardExpiry.of(fields.get(EXP_MONTH), fields.get(EXP_YEAR));
    }
}
