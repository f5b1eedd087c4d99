package io.custmgr.admin.orders;

import org.broadleafcommerce.common.web.BroadleafRequestContext;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;

/** Money, dates and request parameters as the order tabs of the customer form use them. */
public final class AdminFormats {

    private AdminFormats() {
    }

    /** The amount in the order's currency, formatted for the admin user's locale; "" for none. */
    static String money(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        Currency currency = currency(currencyCode);
        if (currency != null) {
            format.setCurrency(currency);
            format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
            format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        }
        return format.format(amount);
    }

    public static String dateTime(Date date) {
        return date == null ? "" : new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT).format(date);
    }

    static String date(Date date) {
        return date == null ? "" : new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(date);
    }

    /** A parameter of the request Broadleaf is serving, trimmed; null outside a request or when absent. */
    static String parameter(String name) {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        HttpServletRequest request = context == null ? null : context.getRequest();
        String value = request == null ? null : request.getParameter(name);
        return value == null ? null : value.trim();
    }

    /** A positive whole number parameter, or {@code otherwise}. */
    public static int positiveParameter(String name, int otherwise) {
        String value = parameter(name);
        if (value == null || !value.matches("\\d{1,9}")) {
            return otherwise;
        }
        int parsed = Integer.parseInt(value);
        return parsed > 0 ? parsed : otherwise;
    }

    private static Locale locale() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        Locale locale = context == null ? null : context.getJavaLocale();
        return locale == null || locale.getCountry().isEmpty() ? Locale.US : locale;
    }

    private static Currency currency(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
