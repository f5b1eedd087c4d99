package io.custmgr.privacy.dao;

/**
 * The module's one definition of the personal data that sits in rows which stay: the customer row itself and the
 * copies an order keeps. Guest expiry and the erasure blank the same columns; the rows that hang off a customer and
 * go entirely (addresses, phones, page views, activity, messages, e-mail log, tokens...) are
 * {@code cmCustomerPersonalRows}' list, which the customer delete and the account cleanup use too.
 * <p>
 * What an order keeps for the books: its totals, items, tax, payments' amounts and the tax-relevant part of its
 * addresses (city, postal code, region, country); names, street lines, company, e-mail, phones, gift messages, the
 * buyer's IP and the gateway's raw responses go.
 */
public final class PersonalData {

    /**
     * BLC_CUSTOMER's personal columns but the login (user name and e-mail, which callers replace their own way), as
     * an SQL SET list: Broadleaf's own, the profile's and the guest profile's.
     */
    public static final String CUSTOMER_BLANKS = "FIRST_NAME = NULL, LAST_NAME = NULL, PASSWORD = NULL,"
            + " CHALLENGE_QUESTION_ID = NULL, CHALLENGE_ANSWER = NULL, TAX_EXEMPTION_CODE = NULL,"
            + " CM_CONTACT_EMAIL = NULL, CM_PHONE = NULL, CM_FAX = NULL, CM_COMPANY = NULL, CM_DATE_OF_BIRTH = NULL,"
            + " CM_GENDER = NULL, CM_ADMIN_COMMENT = NULL, CM_REGISTRATION_IP = NULL";

    /** Consents and flags an erased customer no longer holds (mails, directory listing, library, assistance). */
    public static final String CUSTOMER_FLAGS_OFF = "RECEIVE_EMAIL = FALSE, CM_NEWSLETTER_OPT_IN = FALSE,"
            + " CM_MEMBER_DIRECTORY = FALSE, CM_LIBRARY_ALL_ACCESS = FALSE, CM_ASSISTANCE_ALLOWED = FALSE";

    /** BLC_ADDRESS columns an order's copy loses (ADDRESS_LINE1 is NOT NULL in Broadleaf's schema). */
    public static final String ADDRESS_BLANKS = "FIRST_NAME = NULL, LAST_NAME = NULL,"
            + " COMPANY_NAME = NULL, ADDRESS_LINE1 = '', ADDRESS_LINE2 = NULL, ADDRESS_LINE3 = NULL,"
            + " EMAIL_ADDRESS = NULL, PRIMARY_PHONE = NULL, SECONDARY_PHONE = NULL, FAX = NULL,"
            + " TOKENIZED_ADDRESS = NULL";

    /** BLC_PERSONAL_MESSAGE (gift messages of fulfillment groups and items): all free text. */
    public static final String MESSAGE_BLANKS = "MESSAGE_TO = NULL, MESSAGE_FROM = NULL, MESSAGE = NULL,"
            + " OCCASION = NULL";

    /**
     * BLC_ORDER_PAYMENT_TRANSACTION: the buyer's IP and the gateway's raw response (a log of what the gateway answered,
     * often with the payer's name, e-mail or address). Type, amount, date, success and the gateway's additional fields
     * (the references a refund needs) stay.
     */
    public static final String TRANSACTION_BLANKS = "CUSTOMER_IP_ADDRESS = NULL, RAW_RESPONSE = NULL";

    private PersonalData() {
    }

    /**
     * The login an erased customer gets: unique per customer (the user name and e-mail columns stay unique), in a
     * domain no one can receive mail at, so the address is free for anyone to register again.
     *
     * @param idColumn the SQL customer id expression
     * @param domain e.g. {@code erased.custmgr.invalid}; a constant of the settings, never outside text
     */
    public static String erasedLogin(String idColumn, String domain) {
        if (!domain.matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("Not a domain: " + domain);
        }
        // CONCAT, not ||: MySQL and MariaDB read || as OR; CONCAT turns the number into text on every database
        return "CONCAT('erased-', " + idColumn + ", '@" + domain + "')";
    }
}
