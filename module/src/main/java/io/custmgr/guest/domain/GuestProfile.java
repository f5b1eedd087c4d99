package io.custmgr.guest.domain;

import io.custmgr.customer.account.domain.LoginExempt;
import io.custmgr.customer.profile.domain.CustomerFormGroups;
import org.broadleafcommerce.common.presentation.AdminPresentation;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * What makes a customer a guest profile: a buyer who checked out without an account. Embedded into
 * {@code BLC_CUSTOMER} ({@code CM_} columns) through {@link GuestCustomerTemplate}. A guest's own user name and
 * e-mail address are a generated address in a reserved domain, so registered accounts keep unique e-mail addresses;
 * the address the buyer typed is the contact e-mail.
 */
@Embeddable
public class GuestProfile implements Serializable, LoginExempt {

    private static final long serialVersionUID = 1L;

    public static final int EMAIL_LENGTH = 255;
    static final String GROUP = "GuestProfile_Group";
    static final int GROUP_ORDER = 1600;

    @Column(name = "CM_IS_GUEST")
    @AdminPresentation(friendlyName = "GuestProfile_Guest", group = CustomerFormGroups.IDENTITY_GROUP,
            groupOrder = CustomerFormGroups.IDENTITY_GROUP_ORDER, order = 500, prominent = true, gridOrder = 1400,
            readOnly = true)
    protected Boolean guest = Boolean.FALSE;

    @Column(name = "CM_CONTACT_EMAIL", length = EMAIL_LENGTH)
    @AdminPresentation(friendlyName = "GuestProfile_ContactEmail", group = GROUP, groupOrder = GROUP_ORDER,
            order = 200, readOnly = true)
    protected String contactEmail;

    /** When the expiry job erased the guest's personal data; null while the profile is live. */
    @Column(name = "CM_GUEST_ANONYMIZED")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GuestProfile_Anonymized", group = GROUP, groupOrder = GROUP_ORDER,
            order = 300, readOnly = true)
    protected Date anonymizedDate;

    /** The account that claimed this guest's orders after confirming the e-mail; null while unclaimed. */
    @Column(name = "CM_GUEST_CLAIMED_BY")
    @AdminPresentation(friendlyName = "GuestProfile_ClaimedBy", group = GROUP, groupOrder = GROUP_ORDER,
            order = 400, readOnly = true)
    protected Long claimedBy;

    public boolean isGuest() {
        return Boolean.TRUE.equals(guest);
    }

    /** A guest signs in with no login of its own: its generated user name and e-mail hold no login key. */
    @Override
    public boolean isLoginExempt() {
        return isGuest();
    }

    public void setGuest(boolean guest) {
        this.guest = guest;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public Date getAnonymizedDate() {
        return anonymizedDate;
    }

    public void setAnonymizedDate(Date anonymizedDate) {
        this.anonymizedDate = anonymizedDate;
    }

    public Long getClaimedBy() {
        return claimedBy;
    }

    public void setClaimedBy(Long claimedBy) {
        this.claimedBy = claimedBy;
    }
}
