package io.custmgr.customer.orders.service;

import io.custmgr.customer.orders.dao.OrderSearch;
import io.custmgr.customer.orders.type.OrderKind;
import io.custmgr.customer.orders.type.OrderKinds;
import io.custmgr.customer.orders.type.PaymentStatus;
import org.broadleafcommerce.core.order.service.type.OrderStatus;

import java.math.BigDecimal;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns what the merchant typed into the Orders tab's filter box into an {@link OrderSearch}. */
public final class OrderFilterParser {

    /** Longest filter text taken into account; the rest is ignored. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}([.,]\\d{1,5})?");
    /** Broadleaf's own statuses, whose friendly names the filter knows; {@link OrderKinds} says which are placed. */
    private static final OrderStatus[] BROADLEAF_STATUSES = {OrderStatus.IN_PROCESS, OrderStatus.CSR_OWNED,
            OrderStatus.NAMED, OrderStatus.SUBMITTED, OrderStatus.CANCELLED, OrderStatus.QUOTE};

    private OrderFilterParser() {
    }

    public static OrderSearch parse(String filter) {
        String text = filter == null ? "" : filter.trim();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        if (text.isEmpty()) {
            return OrderSearch.everything();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        OrderSearch search = new OrderSearch().containing(lower)
                .orderStatuses(statusesNamed(lower))
                .paymentStatuses(PaymentStatus.codesMatching(lower));
        Date[] period = period(text);
        if (period != null) {
            search.submittedWithin(period[0], period[1]);
        }
        if (AMOUNT.matcher(text).matches()) {
            search.total(new BigDecimal(text.replace(',', '.')));
        }
        return search;
    }

    private static List<String> statusesNamed(String lower) {
        List<String> codes = new ArrayList<String>();
        for (OrderStatus status : BROADLEAF_STATUSES) {
            if (OrderKinds.kindOf(status.getType()) == OrderKind.PLACED
                    && status.getFriendlyType().toLowerCase(Locale.ROOT).contains(lower)) {
                codes.add(status.getType());
            }
        }
        return codes;
    }

    /** [start, end) of the year, month or day written yyyy, yyyy-MM or yyyy-MM-dd (server time zone), or null. */
    static Date[] period(String text) {
        String[] patterns = {"yyyy-MM-dd", "yyyy-MM", "yyyy"};
        int[] units = {Calendar.DAY_OF_MONTH, Calendar.MONTH, Calendar.YEAR};
        for (int i = 0; i < patterns.length; i++) {
            if (text.length() != patterns[i].length()) {
                continue;
            }
            SimpleDateFormat format = new SimpleDateFormat(patterns[i], Locale.ROOT);
            format.setLenient(false);
            try {
                Date start = format.parse(text);
                Calendar end = Calendar.getInstance();
                end.setTime(start);
                end.add(units[i], 1);
                return new Date[] {start, end.getTime()};
            } catch (ParseException e) {
                return null;
            }
        }
        return null;
    }
}
