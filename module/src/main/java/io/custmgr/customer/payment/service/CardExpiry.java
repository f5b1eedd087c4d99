package io.custmgr.customer.payment.service;

import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A card's expiry month; a card is good through the last day of that month. */
public final class CardExpiry {

    private static final Pattern MONTH_YEAR = Pattern.compile("^\\s*(\\d{1,2})\\s*[/\\-. ]?\\s*(\\d{2}|\\d{4})\\s*$");
    private static final Pattern YEAR_MONTH = Pattern.compile("^\\s*(\\d{4})\\s*[/\\-.]\\s*(\\d{1,2})\\s*$");

    private final int month;
    private final int year;

    private CardExpiry(int month, int year) {
        this.month = month;
        this.year = year;
    }

    /**
     * Reads the forms gateways store: "MM/YY", "MM/YYYY", "MMYY", "MM-YYYY", "YYYY-MM".
     *
     * @return null for anything else or an impossible month
     */
    public static CardExpiry parse(String text) {
        if (text == null || text.length() > 16) {
            return null;
        }
        Matcher yearFirst = YEAR_MONTH.matcher(text);
        if (yearFirst.matches()) {
            return of(yearFirst.group(2), yearFirst.group(1));
        }
        Matcher monthFirst = MONTH_YEAR.matcher(text);
        if (monthFirst.matches()) {
            return of(monthFirst.group(1), monthFirst.group(2));
        }
        return null;
    }

    /** From separate month and year fields; null unless both are numbers that make a month. */
    public static CardExpiry of(String month, String year) {
        if (month == null || year == null || !month.trim().matches("\\d{1,2}") || !year.trim().matches("\\d{2}|\\d{4}")) {
            return null;
        }
        int m = Integer.parseInt(month.trim());
        int y = Integer.parseInt(year.trim());
        if (m < 1 || m > 12) {
            return null;
        }
        return new CardExpiry(m, y < 100 ? 2000 + y : y);
    }

    public int getMonth() { return month; }
    public int getYear() { return year; }

    /** Whether the card's last valid day is before {@code now} (in UTC). */
    public boolean isExpired(Date now) {
        Calendar firstInvalidDay = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        firstInvalidDay.clear();
        firstInvalidDay.set(year, month - 1, 1);
        firstInvalidDay.add(Calendar.MONTH, 1);
        return !now.before(firstInvalidDay.getTime());
    }

    public boolean isExpired() {
        return isExpired(new Date());
    }

    /** "MM/YYYY". */
    @Override
    public String toString() {
        return String.format("%02d/%04d", month, year);
    }
}
