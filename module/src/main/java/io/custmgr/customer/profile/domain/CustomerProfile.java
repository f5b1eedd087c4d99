package io.custmgr.customer.profile.domain;

import io.custmgr.customer.profile.type.CustomerActivityStatus;
import io.custmgr.customer.profile.type.Gender;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Profile fields the module adds to the host's customer. Embedded into {@code BLC_CUSTOMER} (columns prefixed
 * {@code CM_}) through {@link ProfiledCustomerTemplate}, so the host keeps its own {@code Customer} entity class.
 *
 * <p>Held as one embedded value rather than loose fields because Broadleaf's field copier initialises every copied
 * field with its no-argument constructor: a loose {@code Date} would default to "now" and a {@code String} to "".
 */
@Embeddable
public class CustomerProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int COMPANY_LENGTH = 255;
    public static final int PHONE_LENGTH = 32;
    public static final int ADMIN_COMMENT_LENGTH = 2000;

    static final String GROUP = "CustomerProfile_Group";
    static final int GROUP_ORDER = 1500;
    /** The admin form's "Access" group (message key) and its order; other form additions may join it. */
    public static final String ACCESS_GROUP = "CustomerAccess_Group";
    public static final int ACCESS_GROUP_ORDER = 1550;

    @Column(name = "CM_ACTIVITY_STATUS", length = 16)
    @AdminPresentation(friendlyName = "CustomerProfile_ActivityStatus", group = CustomerFormGroups.IDENTITY_GROUP,
            groupOrder = CustomerFormGroups.IDENTITY_GROUP_ORDER, order = 400, prominent = true, gridOrder = 1300,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.custmgr.customer.profile.type.CustomerActivityStatus",
            requiredOverride = RequiredOverride.REQUIRED)
    protected String activityStatus = CustomerActivityStatus.ACTIVE.getType();

    @Column(name = "CM_GENDER", length = 16)
    @AdminPresentation(friendlyName = "CustomerProfile_Gender", group = GROUP, groupOrder = GROUP_ORDER, order = 200,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.custmgr.customer.profile.type.Gender")
    protected String gender;

    @Column(name = "CM_DATE_OF_BIRTH")
    @Temporal(TemporalType.DATE)
    @AdminPresentation(friendlyName = "CustomerProfile_DateOfBirth", group = GROUP, groupOrder = GROUP_ORDER,
            order = 300, validationConfigurations = @ValidationConfiguration(
                    validationImplementation = "cmDateOfBirthValidator"))
    protected Date dateOfBirth;

    @Column(name = "CM_COMPANY", length = COMPANY_LENGTH)
    /** The business or organization the customer buys for (label "Business / Organization"). */
    @AdminPresentation(friendlyName = "CustomerProfile_Company", group = GROUP, groupOrder = GROUP_ORDER, order = 400,
            prominent = true, gridOrder = 1500)
    protected String company;

    @Column(name = "CM_PHONE", length = PHONE_LENGTH)
    @AdminPresentation(friendlyName = "CustomerProfile_Phone", group = GROUP, groupOrder = GROUP_ORDER, order = 500,
            validationConfigurations = @ValidationConfiguration(
                    validationImplementation = "blRegexPropertyValidator",
                    configurationItems = {
                            @ConfigurationItem(itemName = "regularExpression", itemValue = PhoneNumbers.PATTERN),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "CustomerProfile_Phone_Invalid")}))
    protected String phone;

    @Column(name = "CM_FAX", length = PHONE_LENGTH)
    @AdminPresentation(friendlyName = "CustomerProfile_Fax", group = GROUP, groupOrder = GROUP_ORDER, order = 550,
            validationConfigurations = @ValidationConfiguration(
                    validationImplementation = "blRegexPropertyValidator",
                    configurationItems = {
                            @ConfigurationItem(itemName = "regularExpression", itemValue = PhoneNumbers.PATTERN),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "CustomerProfile_Fax_Invalid")}))
    protected String fax;

    /**
     * Marketing consent, off until the customer (or the merchant for them) opts in. Not Broadleaf's "Receive Email",
     * which defaults to on for every new customer and so records no consent.
     */
    @Column(name = "CM_NEWSLETTER_OPT_IN")
    @AdminPresentation(friendlyName = "CustomerProfile_NewsletterOptIn", group = GROUP, groupOrder = GROUP_ORDER,
            order = 580)
    protected Boolean newsletterOptIn = Boolean.FALSE;

    @Column(name = "CM_TAX_EXEMPT")
    @AdminPresentation(friendlyName = "CustomerProfile_TaxExempt", group = GROUP, groupOrder = GROUP_ORDER,
            order = 600)
    protected Boolean taxExempt = Boolean.FALSE;

    @Column(name = "CM_ADMIN_COMMENT", length = ADMIN_COMMENT_LENGTH)
    @AdminPresentation(friendlyName = "CustomerProfile_AdminComment", group = GROUP, groupOrder = GROUP_ORDER,
            order = 700, largeEntry = true)
    protected String adminComment;

    /** Every digital item of the store is in the customer's library, whatever was bought (staff, VIPs, reviewers). */
    @Column(name = "CM_LIBRARY_ALL_ACCESS")
    @AdminPresentation(friendlyName = "CustomerProfile_LibraryAllAccess", group = ACCESS_GROUP,
            groupOrder = ACCESS_GROUP_ORDER, order = 100)
    protected Boolean libraryAllAccess = Boolean.FALSE;

    /** The customer is listed in the store's member directory. */
    @Column(name = "CM_MEMBER_DIRECTORY")
    @AdminPresentation(friendlyName = "CustomerProfile_MemberDirectory", group = ACCESS_GROUP,
            groupOrder = ACCESS_GROUP_ORDER, order = 200)
    protected Boolean memberDirectory = Boolean.FALSE;

    /** Never deleted by the account cleanup (see io.custmgr.accountaudit), whatever the audit says. */
    @Column(name = "CM_CLEANUP_PROTECTED")
    @AdminPresentation(friendlyName = "CustomerProfile_CleanupProtected", group = ACCESS_GROUP,
            groupOrder = ACCESS_GROUP_ORDER, order = 300)
    protected Boolean cleanupProtected = Boolean.FALSE;

    /**
     * The customer allows the store's staff to sign in as them to help ("Allow remote shopping assistance"), switched
     * by the customer on the storefront profile page; read-only in the admin. Needed for "Login as customer" while
     * {@code custmgr.assist.requireConsent} is on (io.custmgr.assist).
     */
    @Column(name = "CM_ASSISTANCE_ALLOWED")
    @AdminPresentation(friendlyName = "CustomerProfile_AssistanceAllowed", group = ACCESS_GROUP,
            groupOrder = ACCESS_GROUP_ORDER, order = 400, readOnly = true)
    protected Boolean assistanceAllowed = Boolean.FALSE;

    /**
     * The client IP the account registered from, written once at registration (the activity log's REGISTRATION event
     * also has it, but event types can be switched off and a full queue drops events).
     */
    @Column(name = "CM_REGISTRATION_IP", length = 45)
    @AdminPresentation(friendlyName = "CustomerProfile_RegistrationIp", group = GROUP, groupOrder = GROUP_ORDER,
            order = 900, readOnly = true)
    protected String registrationIp;

    /** @return the status, ACTIVE for rows written before the module was installed */
    public CustomerActivityStatus getActivityStatus() {
        CustomerActivityStatus status = CustomerActivityStatus.getInstance(activityStatus);
        return status == null ? CustomerActivityStatus.ACTIVE : status;
    }

    public void setActivityStatus(CustomerActivityStatus status) {
        this.activityStatus = status == null ? null : status.getType();
    }

    public Gender getGender() {
        return Gender.getInstance(gender);
    }

    public void setGender(Gender gender) {
        this.gender = gender == null ? null : gender.getType();
    }

    public Date getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(Date dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isTaxExempt() {
        return Boolean.TRUE.equals(taxExempt);
    }

    public void setTaxExempt(boolean taxExempt) {
        this.taxExempt = taxExempt;
    }

    public String getAdminComment() {
        return adminComment;
    }

    public void setAdminComment(String adminComment) {
        this.adminComment = adminComment;
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public boolean isNewsletterOptIn() {
        return Boolean.TRUE.equals(newsletterOptIn);
    }

    public void setNewsletterOptIn(boolean newsletterOptIn) {
        this.newsletterOptIn = newsletterOptIn;
    }

    public boolean isLibraryAllAccess() {
        return Boolean.TRUE.equals(libraryAllAccess);
    }

    public void setLibraryAllAccess(boolean libraryAllAccess) {
        this.libraryAllAccess = libraryAllAccess;
    }

    public boolean isMemberDirectory() {
        return Boolean.TRUE.equals(memberDirectory);
    }

    public void setMemberDirectory(boolean memberDirectory) {
        this.memberDirectory = memberDirectory;
    }

    public boolean isCleanupProtected() {
        return Boolean.TRUE.equals(cleanupProtected);
    }

    public void setCleanupProtected(boolean cleanupProtected) {
        this.cleanupProtected = cleanupProtected;
    }

    public boolean isAssistanceAllowed() {
        return Boolean.TRUE.equals(assistanceAllowed);
    }

    public void setAssistanceAllowed(boolean assistanceAllowed) {
        this.assistanceAllowed = assistanceAllowed;
    }

    public String getRegistrationIp() {
        return registrationIp;
    }

    public void setRegistrationIp(String registrationIp) {
        this.registrationIp = registrationIp;
    }
}
