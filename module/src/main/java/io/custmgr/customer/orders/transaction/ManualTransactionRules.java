package io.custmgr.customer.orders.transaction;

import java.math.BigDecimal;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static io.custmgr.customer.orders.transaction.InvalidTransactionException.*;

/** Parsing and checking of a manual transaction's typed amount and time; errors go into the map by field. */
final class ManualTransactionRules {

    /** Plain decimals only: no sign, exponent, grouping or spaces inside. */
    static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]{1,30}(\\.[0-9]{1,30})?");
    /** Broadleaf's money columns are DECIMAL(19,5): fourteen digits before the point. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999");
    /** A clock a little ahead on the admin's side is not "the future". */
    static final long CLOCK_SLACK_MILLIS = 60000L;

    private ManualTransactionRules() {
    }

    /** @return the amount at the currency's scale, or null (an error was added) */
    static BigDecimal amount(String typed, int fractionDigits, Map<String, String> errors) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            errors.put(FIELD_AMOUNT, REQUIRED);
            return null;
        }
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            errors.put(FIELD_AMOUNT, text.startsWith("-") ? NOT_POSITIVE : NOT_A_NUMBER);
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() <= 0) {
            errors.put(FIELD_AMOUNT, NOT_POSITIVE);
            return null;
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            errors.put(FIELD_AMOUNT, TOO_LARGE);
            return null;
        }
        if (amount.stripTrailingZeros().scale() > fractionDigits) {
            errors.put(FIELD_AMOUNT, TOO_PRECISE);
            return null;
        }
        return amount.setScale(fractionDigits);
    }

    /** @return the typed time, {@code now} when none was typed, or null (an error was added) */
    static Date time(String typed, Date now, Map<String, String> errors) {
        String text = typed == null ? "" : typed.trim().replace('T', ' ');
        if (text.isEmpty()) {
            return now;
        }
        SimpleDateFormat format = new SimpleDateFormat(text.length() > 16 ? "yyyy-MM-dd HH:mm:ss"
                : "yyyy-MM-dd HH:mm", Locale.ROOT);
        format.setLenient(false);
        ParsePosition position = new ParsePosition(0);
        Date time = format.parse(text, position);
        if (time == null || position.getIndex() != text.length()) {
            errors.put(FIELD_TIME, NOT_A_DATE);
            return null;
        }
        if (time.getTime() > now.getTime() + CLOCK_SLACK_MILLIS) {
            errors.put(FIELD_TIME, IN_FUTURE);
            return null;
        }
        return time;
    }

    /** @return the trimmed text, null when empty; adds REQUIRED or TOO_LONG for the field */
    static String text(String typed, String field, boolean required, Map<String, String> errors) {
        String text = typed == null ? null : typed.trim();
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.put(field, REQUIRED);
            }
            return null;
        }
        if (text.length() > ManualTransactionService.TEXT_LENGTH) {
            errors.put(field, TOO_LONG);
        }
        return text;
    }
}
