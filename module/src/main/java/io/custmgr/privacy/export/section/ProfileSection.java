package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/**
 * The customer row: Broadleaf's fields and the module's profile fields, without the password or the security answer.
 */
@Component("cmExportProfileSection")
public class ProfileSection extends SqlSection {

    static final String SQL = "SELECT c.CUSTOMER_ID, c.USER_NAME, c.EMAIL_ADDRESS, c.FIRST_NAME, c.LAST_NAME,"
            + " c.DATE_CREATED,"
            + " c.DATE_UPDATED, c.IS_REGISTERED AS REGISTERED, c.RECEIVE_EMAIL, c.DEACTIVATED, c.TAX_EXEMPTION_CODE,"
            + " c.LOCALE_CODE, c.CM_CONTACT_EMAIL AS CONTACT_EMAIL, c.CM_PHONE AS PHONE, c.CM_FAX AS FAX,"
            + " c.CM_COMPANY AS COMPANY, c.CM_DATE_OF_BIRTH AS DATE_OF_BIRTH, c.CM_GENDER AS GENDER,"
            + " c.CM_NEWSLETTER_OPT_IN AS NEWSLETTER_OPT_IN, c.CM_TAX_EXEMPT AS TAX_EXEMPT,"
            + " c.CM_SHIP_SAME_AS_BILLING AS SHIP_SAME_AS_BILLING, c.CM_MEMBER_DIRECTORY AS MEMBER_DIRECTORY,"
            + " c.CM_ASSISTANCE_ALLOWED AS ASSISTANCE_ALLOWED, c.CM_IS_GUEST AS GUEST, c.CM_ACTIVITY_STATUS AS"
            + " ACTIVITY_STATUS,"
            + " c.CM_REGISTRATION_IP AS REGISTRATION_IP, c.CM_ADMIN_COMMENT AS ADMIN_COMMENT"
            + " FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID = :customer";

    @Override public String getKey() { return "profile"; }
    @Override public String getTitle() { return "Profile"; }
    @Override public int getOrder() { return 100; }
    @Override protected String getSql() { return SQL; }
}
