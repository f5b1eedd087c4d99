package io.custmgr.search.index;

/**
 * Field names of the customer index: {@code config/custmgr/solr/customers/conf/schema.xml} declares each of them. One
 * document per customer; its id is the customer id.
 */
public final class CustomerFields {

    public static final String ID = "id";
    public static final String CUSTOMER_ID = "cid";
    public static final String EMAIL = "email";
    public static final String EMAIL_KEY = "email_key";
    public static final String USER_NAME = "user_name";
    public static final String USER_NAME_KEY = "user_name_key";
    public static final String FIRST_NAME = "first_name";
    public static final String FIRST_NAME_KEY = "first_name_key";
    public static final String LAST_NAME = "last_name";
    public static final String LAST_NAME_KEY = "last_name_key";
    public static final String COMPANY = "company";
    public static final String COMPANY_KEY = "company_key";
    /** every phone number, digits only */
    public static final String PHONE = "phone";
    /** the last 6 to all digits of every phone number: a number read out without its country or area code matches */
    public static final String PHONE_TAIL = "phone_tail";
    public static final String POSTAL_CODE = "postal_code";
    public static final String CITY = "city";
    public static final String COUNTRY = "country";
    /** the registration IP and every IP seen in page views and activity */
    public static final String IP = "ip";
    public static final String REGISTRATION_IP = "registration_ip";
    public static final String BIRTH_DATE = "birth_date";
    /** month and day of birth, "MM-DD" */
    public static final String BIRTH_MONTH_DAY = "birth_md";
    public static final String REGISTERED = "registered";
    public static final String LAST_ACTIVITY = "last_activity";
    public static final String LAST_ORDER = "last_order";
    public static final String GROUP = "group";
    public static final String GROUP_ID = "group_id";
    public static final String FLAG = "flag";
    public static final String ACTIVITY_STATUS = "activity_status";
    public static final String GUEST = "guest";
    public static final String DEACTIVATED = "deactivated";
    public static final String MERGED_INTO = "merged_into";
    public static final String ORDER_COUNT = "order_count";
    public static final String TOTAL_SPENT = "total_spent";
    public static final String PRODUCT = "product";
    public static final String SKU = "sku";
    public static final String ALL = "all";
    public static final String INDEXED_AT = "indexed_at";
    /** the full rebuild that wrote the document; a finished rebuild removes the documents of older ones */
    public static final String GENERATION = "generation";

    /** Access flags, as indexed in {@link #FLAG}. */
    public static final String FLAG_LIBRARY = "LIBRARY_ALL_ACCESS";
    public static final String FLAG_DIRECTORY = "MEMBER_DIRECTORY";
    public static final String FLAG_NEWSLETTER = "NEWSLETTER";
    public static final String FLAG_TAX_EXEMPT = "TAX_EXEMPT";

    private CustomerFields() {
    }
}
