package io.custmgr.search.query;

import io.custmgr.search.index.CustomerFields;
import io.custmgr.search.query.CustomerSearchCriteria.YesNo;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Criteria to a Solr query. Every value typed by a merchant is escaped (no Solr syntax gets through); words are
 * matched by prefix, all of them (AND); ranges are inclusive and dates whole days. Facet filters are tagged, so each
 * facet still counts its other values.
 */
public final class CustomerSolrQueries {

    public static final String[] FACETS = {CustomerFields.GROUP, CustomerFields.ACTIVITY_STATUS,
        CustomerFields.COUNTRY, CustomerFields.GUEST, CustomerFields.FLAG};
    static final int FACET_LIMIT = 50;
    static final int MIN_PHONE_TAIL = 6;

    private CustomerSolrQueries() {
    }

    /** @return the query for one page of results with facets */
    public static SolrQuery page(CustomerSearchCriteria c) {
        SolrQuery query = matching(c);
        query.setStart(c.getStart());
        query.setRows(c.getPageSize());
        query.addSort(c.getSort().getField(), c.isAscending() ? SolrQuery.ORDER.asc : SolrQuery.ORDER.desc);
        query.addSort(CustomerFields.CUSTOMER_ID, SolrQuery.ORDER.asc);
        query.setFacet(true);
        query.setFacetMinCount(1);
        query.setFacetLimit(FACET_LIMIT);
        for (String facet : FACETS) {
            query.addFacetField("{!ex=" + facet + "}" + facet);
        }
        return query;
    }

    /** @return the query of every matching customer, without paging, sort or facets */
    public static SolrQuery matching(CustomerSearchCriteria c) {
        List<String> must = new ArrayList<String>();
        if (c.getText() != null) {
            for (String word : words(c.getText())) {
                must.add(freeText(word));
            }
        }
        prefixWords(must, CustomerFields.EMAIL, c.getEmail());
        prefixWords(must, CustomerFields.USER_NAME, c.getUserName());
        if (c.getName() != null) {
            for (String word : words(c.getName())) {
                String w = escape(word) + "*";
                must.add("(" + CustomerFields.FIRST_NAME + ":" + w + " OR " + CustomerFields.LAST_NAME + ":" + w + ")");
            }
        }
        prefixWords(must, CustomerFields.COMPANY, c.getCompany());
        prefixWords(must, CustomerFields.CITY, c.getCity());
        if (c.getPhone() != null) {
            String digits = c.getPhone().replaceAll("[^0-9]", "");
            must.add(digits.length() >= MIN_PHONE_TAIL ? CustomerFields.PHONE_TAIL + ":" + digits
                    : CustomerFields.PHONE + ":" + digits + "*");
        }
        if (c.getPostalCode() != null) {
            must.add(CustomerFields.POSTAL_CODE + ":" + escape(c.getPostalCode().toLowerCase(Locale.ROOT)) + "*");
        }
        if (c.getIp() != null) {
            must.add(CustomerFields.IP + ":" + escape(c.getIp().toLowerCase(Locale.ROOT)) + "*");
        }
        if (c.getProduct() != null) {
            List<String> words = new ArrayList<String>();
            for (String word : words(c.getProduct())) {
                words.add(CustomerFields.PRODUCT + ":" + escape(word) + "*");
            }
            must.add("((" + join(words, " AND ") + ") OR " + CustomerFields.SKU + ":"
                    + escape(c.getProduct().toLowerCase(Locale.ROOT)) + ")");
        }
        if (c.getBirthDate() != null) {
            must.add(CustomerFields.BIRTH_DATE + ":" + range(c.getBirthDate(), c.getBirthDate()));
        }
        if (c.getBirthMonthDay() != null) {
            must.add(CustomerFields.BIRTH_MONTH_DAY + ":" + escape(c.getBirthMonthDay()));
        }
        dateRange(must, CustomerFields.BIRTH_DATE, c.getBirthFrom(), c.getBirthTo());
        dateRange(must, CustomerFields.REGISTERED, c.getRegisteredFrom(), c.getRegisteredTo());
        dateRange(must, CustomerFields.LAST_ACTIVITY, c.getLastActivityFrom(), c.getLastActivityTo());
        dateRange(must, CustomerFields.LAST_ORDER, c.getLastOrderFrom(), c.getLastOrderTo());
        if (c.getOrdersMin() != null || c.getOrdersMax() != null) {
            must.add(CustomerFields.ORDER_COUNT + ":[" + bound(c.getOrdersMin()) + " TO " + bound(c.getOrdersMax())
                    + "]");
        }
        if (c.getSpentMin() != null || c.getSpentMax() != null) {
            must.add(CustomerFields.TOTAL_SPENT + ":[" + bound(c.getSpentMin()) + " TO " + bound(c.getSpentMax())
                    + "]");
        }
        SolrQuery query = new SolrQuery(must.isEmpty() ? "*:*" : join(must, " AND "));
        filter(query, CustomerFields.GROUP, c.getGroups());
        filter(query, CustomerFields.COUNTRY, c.getCountries());
        filter(query, CustomerFields.FLAG, c.getFlags());
        filter(query, CustomerFields.ACTIVITY_STATUS, c.getActivityStatuses());
        yesNo(query, CustomerFields.GUEST, c.getGuest());
        yesNo(query, CustomerFields.DEACTIVATED, c.getDeactivated());
        return query;
    }

    private static String freeText(String word) {
        String w = escape(word);
        StringBuilder any = new StringBuilder("(").append(CustomerFields.ALL).append(':').append(w).append('*');
        any.append(" OR ").append(CustomerFields.IP).append(':').append(w).append('*');
        any.append(" OR ").append(CustomerFields.POSTAL_CODE).append(':').append(w).append('*');
        any.append(" OR ").append(CustomerFields.SKU).append(':').append(w);
        String digits = word.replaceAll("[^0-9]", "");
        if (digits.length() >= MIN_PHONE_TAIL && digits.length() * 2 >= word.length()) {
            any.append(" OR ").append(CustomerFields.PHONE_TAIL).append(':').append(digits);
        }
        return any.append(')').toString();
    }

    private static void prefixWords(List<String> must, String field, String value) {
        if (value != null) {
            for (String word : words(value)) {
                must.add(field + ":" + escape(word) + "*");
            }
        }
    }

    /** @return the lower-cased words of {@code value}: runs of letters and digits, as the index splits text */
    static List<String> words(String value) {
        List<String> words = new ArrayList<String>();
        for (String word : value.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            words.add(value.toLowerCase(Locale.ROOT).trim()); // punctuation only: searched as typed, escaped
        }
        return words;
    }

    private static void filter(SolrQuery query, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        List<String> any = new ArrayList<String>();
        for (String value : values) {
            any.add(field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        query.addFilterQuery("{!tag=" + field + "}" + join(any, " OR "));
    }

    private static void yesNo(SolrQuery query, String field, YesNo value) {
        if (value != YesNo.ANY) {
            query.addFilterQuery("{!tag=" + field + "}" + field + ":" + (value == YesNo.YES));
        }
    }

    private static void dateRange(List<String> must, String field, Date from, Date to) {
        if (from != null || to != null) {
            must.add(field + ":" + range(from, to));
        }
    }

    private static String range(Date from, Date to) {
        return "[" + (from == null ? "*" : day(from)) + " TO " + (to == null ? "*" : day(to) + "+1DAY-1MILLI") + "]";
    }

    private static String day(Date date) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'00:00:00'Z'", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(date);
    }

    private static String bound(Object value) {
        return value == null ? "*" : value instanceof BigDecimal ? ((BigDecimal) value).toPlainString()
                : value.toString();
    }

    static String escape(String value) {
        return ClientUtils.escapeQueryChars(value);
    }

    private static String join(List<String> parts, String separator) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (joined.length() > 0) {
                joined.append(separator);
            }
            joined.append(part);
        }
        return joined.toString();
    }
}
