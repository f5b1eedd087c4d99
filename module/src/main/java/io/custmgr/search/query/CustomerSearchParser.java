package io.custmgr.search.query;

import io.custmgr.search.query.CustomerSearchCriteria.YesNo;

import java.math.BigDecimal;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Turns the search page's query parameters (the search state lives in the URL) into {@link CustomerSearchCriteria},
 * with a message per field for what cannot be searched: oversized values, dates that are not dates, ranges the wrong
 * way round. Solr syntax typed into a field is just text: the query builder escapes every value.
 */
public final class CustomerSearchParser {

    public static final int MAX_TEXT = 200;
    static final int MAX_VALUES = 50;
    static final int MAX_PAGE = 10000;
    public static final List<Integer> PAGE_SIZES = Collections.unmodifiableList(Arrays.asList(10, 25, 50, 100));
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})-(\\d{2})");
    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private CustomerSearchParser() {
    }

    /** The criteria, and the message of each field that could not be used (that field does not filter). */
    public static final class Parsed {
        private final CustomerSearchCriteria criteria;
        private final Map<String, String> errors;

        Parsed(CustomerSearchCriteria criteria, Map<String, String> errors) {
            this.criteria = criteria;
            this.errors = Collections.unmodifiableMap(errors);
        }

        public CustomerSearchCriteria getCriteria() {
            return criteria;
        }

        /** @return field name to message, in form order */
        public Map<String, String> getErrors() {
            return errors;
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    public static Parsed parse(Map<String, String[]> params) {
        Reader in = new Reader(params);
        CustomerSearchCriteria c = new CustomerSearchCriteria();
        c.text = in.text("q");
        c.email = in.text("email");
        c.userName = in.text("userName");
        c.name = in.text("name");
        c.company = in.text("company");
        c.phone = in.text("phone");
        if (c.phone != null && c.phone.replaceAll("[^0-9]", "").length() < 3) {
            in.error("phone", "Enter at least 3 digits of the phone number.");
            c.phone = null;
        }
        c.postalCode = in.text("postalCode");
        c.city = in.text("city");
        c.ip = in.text("ip");
        if (c.ip != null && !IP.matcher(c.ip).matches()) {
            in.error("ip", "Enter an IP address or its beginning, e.g. 203.0.113.");
            c.ip = null;
        }
        c.product = in.text("product");
        c.birthDate = in.date("birthDate");
        c.birthMonthDay = monthDay(in, "birthMonthDay");
        c.birthFrom = in.date("birthFrom");
        c.birthTo = in.dateAfter("birthTo", c.birthFrom);
        c.registeredFrom = in.date("registeredFrom");
        c.registeredTo = in.dateAfter("registeredTo", c.registeredFrom);
        c.lastActivityFrom = in.date("lastActivityFrom");
        c.lastActivityTo = in.dateAfter("lastActivityTo", c.lastActivityFrom);
        c.lastOrderFrom = in.date("lastOrderFrom");
        c.lastOrderTo = in.dateAfter("lastOrderTo", c.lastOrderFrom);
        c.ordersMin = in.count("ordersMin");
        c.ordersMax = in.count("ordersMax");
        if (c.ordersMin != null && c.ordersMax != null && c.ordersMax < c.ordersMin) {
            in.error("ordersMax", "Must not be less than the minimum.");
            c.ordersMax = null;
        }
        c.spentMin = in.amount("spentMin");
        c.spentMax = in.amount("spentMax");
        if (c.spentMin != null && c.spentMax != null && c.spentMax.compareTo(c.spentMin) < 0) {
            in.error("spentMax", "Must not be less than the minimum.");
            c.spentMax = null;
        }
        in.values("group", c.groups);
        in.values("country", c.countries);
        in.values("flag", c.flags);
        in.values("status", c.activityStatuses);
        c.guest = in.yesNo("guest");
        c.deactivated = in.yesNo("deactivated");
        SortKey sort = SortKey.of(in.raw("sort"));
        c.sort = sort == null ? SortKey.REGISTERED : sort;
        c.ascending = "asc".equals(in.raw("dir"));
        c.page = in.bounded("page", 1, MAX_PAGE, 1);
        int size = in.bounded("size", 1, 100, 25);
        c.pageSize = PAGE_SIZES.contains(size) ? size : 25;
        return new Parsed(c, in.errors);
    }

    private static String monthDay(Reader in, String name) {
        String value = in.text(name);
        if (value == null) {
            return null;
        }
        java.util.regex.Matcher m = MONTH_DAY.matcher(value.startsWith("--") ? value.substring(2) : value);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]) {
                return m.group(1) + "-" + m.group(2);
            }
        }
        in.error(name, "Enter month and day as MM-DD, e.g. 04-17.");
        return null;
    }

    /** Reads single values, collecting errors. */
    static final class Reader {
        private final Map<String, String[]> params;
        final Map<String, String> errors = new LinkedHashMap<String, String>();

        Reader(Map<String, String[]> params) {
            this.params = params;
        }

        String raw(String name) {
            String[] values = params.get(name);
            return values == null || values.length == 0 || values[0] == null ? null : values[0].trim();
        }

        void error(String name, String message) {
            if (!errors.containsKey(name)) {
                errors.put(name, message);
            }
        }

        String text(String name) {
            String value = raw(name);
            if (value == null || value.isEmpty()) {
                return null;
            }
            if (value.length() > MAX_TEXT) {
                error(name, "At most " + MAX_TEXT + " characters.");
                return null;
            }
            return value;
        }

        Date date(String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
            format.setLenient(false);
            try {
                if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return format.parse(value);
                }
            } catch (ParseException e) {
                // falls through to the message
            }
            error(name, "Enter a date as YYYY-MM-DD.");
            return null;
        }

        Date dateAfter(String name, Date from) {
            Date to = date(name);
            if (to != null && from != null && to.before(from)) {
                error(name, "Must not be before the \"from\" date.");
                return null;
            }
            return to;
        }

        Integer count(String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            if (value.matches("\\d{1,9}")) {
                return Integer.valueOf(value);
            }
            error(name, "Enter a whole number of 0 or more.");
            return null;
        }

        BigDecimal amount(String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            if (value.matches("\\d{1,13}([.,]\\d{1,4})?")) {
                BigDecimal amount = new BigDecimal(value.replace(',', '.'));
                if (amount.compareTo(MAX_AMOUNT) <= 0) {
                    return amount;
                }
            }
            error(name, "Enter an amount of 0 or more, e.g. 250 or 99.95.");
            return null;
        }

        int bounded(String name, int min, int max, int fallback) {
            String value = raw(name);
            if (value == null || !value.matches("\\d{1,6}")) {
                return fallback;
            }
            return Math.max(min, Math.min(max, Integer.parseInt(value)));
        }

        void values(String name, List<String> into) {
            String[] values = params.get(name);
            if (values == null) {
                return;
            }
            for (String value : values) {
                if (value == null || value.trim().isEmpty()) {
                    continue;
                }
                if (value.length() > MAX_TEXT || into.size() >= MAX_VALUES) {
                    error(name, "At most " + MAX_VALUES + " values of at most " + MAX_TEXT + " characters.");
                    return;
                }
                into.add(value.trim());
            }
        }

        YesNo yesNo(String name) {
            String value = raw(name);
            if ("yes".equals(value)) {
                return YesNo.YES;
            }
            return "no".equals(value) ? YesNo.NO : YesNo.ANY;
        }
    }
}
