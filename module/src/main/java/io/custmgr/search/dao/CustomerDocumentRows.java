package io.custmgr.search.dao;

import io.custmgr.search.index.CustomerFields;
import org.apache.solr.common.SolrInputDocument;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** Column values to index fields: digits of phones, month and day of birth, access flags as words. */
final class CustomerDocumentRows {

    /** Shortest phone tail indexed: fewer digits match too many numbers to mean anything. */
    static final int MIN_PHONE_TAIL = 6;

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private CustomerDocumentRows() {
    }

    static SolrInputDocument customer(ResultSet rs) throws SQLException {
        long id = rs.getLong("CUSTOMER_ID");
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(CustomerFields.ID, Long.toString(id));
        doc.setField(CustomerFields.CUSTOMER_ID, id);
        boolean guest = rs.getBoolean("CM_IS_GUEST");
        // a guest's EMAIL_ADDRESS is a generated one in the reserved domain; the address the shopper typed is the contact
        String contact = rs.getString("CM_CONTACT_EMAIL");
        setText(doc, CustomerFields.EMAIL, guest && contact != null ? contact : rs.getString("EMAIL_ADDRESS"));
        setText(doc, CustomerFields.USER_NAME, guest ? null : rs.getString("USER_NAME"));
        setText(doc, CustomerFields.FIRST_NAME, rs.getString("FIRST_NAME"));
        setText(doc, CustomerFields.LAST_NAME, rs.getString("LAST_NAME"));
        setText(doc, CustomerFields.COMPANY, rs.getString("CM_COMPANY"));
        addPhone(doc, rs.getString("CM_PHONE"));
        addPhone(doc, rs.getString("CM_FAX"));
        String ip = rs.getString("CM_REGISTRATION_IP");
        setText(doc, CustomerFields.REGISTRATION_IP, ip);
        addIp(doc, ip);
        java.sql.Date birth = rs.getDate("CM_DATE_OF_BIRTH");
        if (birth != null) {
            doc.setField(CustomerFields.BIRTH_DATE, utcMidnight(birth));
            doc.setField(CustomerFields.BIRTH_MONTH_DAY, birth.toString().substring(5));
        }
        Date created = rs.getTimestamp("DATE_CREATED");
        if (created != null) {
            doc.setField(CustomerFields.REGISTERED, created);
        }
        setText(doc, CustomerFields.ACTIVITY_STATUS, rs.getString("CM_ACTIVITY_STATUS"));
        doc.setField(CustomerFields.GUEST, guest);
        doc.setField(CustomerFields.DEACTIVATED, rs.getBoolean("DEACTIVATED"));
        long mergedInto = rs.getLong("CM_MERGED_INTO");
        if (!rs.wasNull()) {
            doc.setField(CustomerFields.MERGED_INTO, mergedInto);
        }
        flag(doc, rs.getBoolean("CM_LIBRARY_ALL_ACCESS"), CustomerFields.FLAG_LIBRARY);
        flag(doc, rs.getBoolean("CM_MEMBER_DIRECTORY"), CustomerFields.FLAG_DIRECTORY);
        flag(doc, rs.getBoolean("CM_NEWSLETTER_OPT_IN"), CustomerFields.FLAG_NEWSLETTER);
        flag(doc, rs.getBoolean("CM_TAX_EXEMPT"), CustomerFields.FLAG_TAX_EXEMPT);
        doc.setField(CustomerFields.ORDER_COUNT, 0);
        doc.setField(CustomerFields.TOTAL_SPENT, 0d);
        return doc;
    }

    static void addPhone(SolrInputDocument doc, String phone) {
        String digits = digits(phone);
        if (digits.isEmpty() || contains(doc.getFieldValues(CustomerFields.PHONE), digits)) {
            return;
        }
        doc.addField(CustomerFields.PHONE, digits);
        for (int start = 0; digits.length() - start >= MIN_PHONE_TAIL; start++) {
            String tail = digits.substring(start);
            if (!contains(doc.getFieldValues(CustomerFields.PHONE_TAIL), tail)) {
                doc.addField(CustomerFields.PHONE_TAIL, tail);
            }
        }
    }

    static void addAddress(SolrInputDocument doc, String postalCode, String city, String country, String company) {
        addDistinct(doc, CustomerFields.POSTAL_CODE, postalCode == null ? null : postalCode.trim());
        addDistinct(doc, CustomerFields.CITY, city == null ? null : city.trim());
        addDistinct(doc, CustomerFields.COUNTRY, country == null ? null : country.trim().toUpperCase(Locale.ROOT));
        if (doc.getFieldValue(CustomerFields.COMPANY) == null) {
            setText(doc, CustomerFields.COMPANY, company);
        }
    }

    static void addIp(SolrInputDocument doc, String ip) {
        addDistinct(doc, CustomerFields.IP, ip == null ? null : ip.trim().toLowerCase(Locale.ROOT));
    }

    /** @return the digits of {@code value}, "" for null */
    static String digits(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    static void addDistinct(SolrInputDocument doc, String field, String value) {
        if (value != null && !value.isEmpty() && !contains(doc.getFieldValues(field), value)) {
            doc.addField(field, value);
        }
    }

    private static void setText(SolrInputDocument doc, String field, String value) {
        if (value != null && !value.trim().isEmpty()) {
            doc.setField(field, value.trim());
        }
    }

    private static void flag(SolrInputDocument doc, boolean on, String flag) {
        if (on) {
            doc.addField(CustomerFields.FLAG, flag);
        }
    }

    private static boolean contains(Collection<Object> values, String value) {
        return values != null && values.contains(value);
    }

    /** A date of birth is a calendar day: midnight UTC of that day, whatever the JVM's zone. */
    static Date utcMidnight(java.sql.Date date) {
        java.util.Calendar calendar = java.util.Calendar.getInstance(UTC, Locale.ROOT);
        calendar.clear();
        String[] parts = date.toString().split("-");
        calendar.set(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) - 1, Integer.parseInt(parts[2]));
        return calendar.getTime();
    }
}
