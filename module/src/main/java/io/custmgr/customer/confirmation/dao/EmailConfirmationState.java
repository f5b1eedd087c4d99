package io.custmgr.customer.confirmation.dao;

import java.io.Serializable;
import java.util.Date;

/** A customer's e-mail confirmation as stored. */
public class EmailConfirmationState implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long customerId;
    private final String emailAddress;
    private final Date requested;
    private final Date confirmed;
    private final Date lastSent;
    private final int sentCount;

    public EmailConfirmationState(long customerId, String emailAddress, Date requested, Date confirmed, Date lastSent,
            int sentCount) {
        this.customerId = customerId;
        this.emailAddress = emailAddress;
        this.requested = requested;
        this.confirmed = confirmed;
        this.lastSent = lastSent;
        this.sentCount = sentCount;
    }

    public long getCustomerId() { return customerId; }
    public String getEmailAddress() { return emailAddress; }
    public Date getRequested() { return requested; }
    public Date getConfirmed() { return confirmed; }
    public Date getLastSent() { return lastSent; }
    public int getSentCount() { return sentCount; }

    public boolean isPending() {
        return confirmed == null;
    }
}
