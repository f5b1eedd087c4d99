package io.custmgr.common.mailedlink.service;

import java.util.Date;

/** A mailed link as stored (never its token): what a {@link MailedLinkHandler} acts on. */
public final class MailedLink {

    private final String purpose;
    private final long customerId;
    private final Long subjectId;
    private final String payload;
    private final Date created;
    private final Date expires;
    private final Date used;
    private final int attempts;

    public MailedLink(String purpose, long customerId, Long subjectId, String payload, Date created, Date expires,
            Date used, int attempts) {
        this.purpose = purpose;
        this.customerId = customerId;
        this.subjectId = subjectId;
        this.payload = payload;
        this.created = created;
        this.expires = expires;
        this.used = used;
        this.attempts = attempts;
    }

    public String getPurpose() { return purpose; }
    /** @return the customer the link was mailed to, the only one who may follow it */
    public long getCustomerId() { return customerId; }
    /** @return another customer the link is about, or null */
    public Long getSubjectId() { return subjectId; }
    /** @return the purpose's own value, or null */
    public String getPayload() { return payload; }
    public Date getCreated() { return created; }
    public Date getExpires() { return expires; }
    /** @return when the link was taken up, or null */
    public Date getUsed() { return used; }
    public int getAttempts() { return attempts; }
}
