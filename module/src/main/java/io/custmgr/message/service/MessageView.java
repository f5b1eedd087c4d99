package io.custmgr.message.service;

import io.custmgr.common.mail.BodyFormat;
import io.custmgr.common.mail.FormattedBodies;
import java.util.Date;

/**
 * A private message as the storefront and the admin show it: subject as text (templates escape it), body as
 * {@link #getHtml()}, made safe from what the merchant typed.
 */
public final class MessageView {

    private final String id;
    private final Long customerId;
    private final String subject;
    private final String body;
    private final Date sent;
    private final String sender;
    private final Date readTime;
    private final BodyFormat format;

    public MessageView(String id, Long customerId, String subject, String body, BodyFormat format, Date sent,
            String sender, Date readTime) {
        this.format = format == null ? BodyFormat.TEXT : format;
        this.id = id;
        this.customerId = customerId;
        this.subject = subject;
        this.body = body;
        this.sent = sent;
        this.sender = sender;
        this.readTime = readTime;
    }

    public String getId() { return id; }
    public Long getCustomerId() { return customerId; }
    public String getSubject() { return subject; }
    /** @return the body as the merchant typed it */
    public String getBody() { return body; }
    public BodyFormat getFormat() { return format; }
    /** @return the body as safe HTML (see {@link FormattedBodies}) */
    public String getHtml() { return FormattedBodies.html(body, format); }
    public Date getSent() { return sent; }
    /** @return the admin user who sent it */
    public String getSender() { return sender; }
    /** @return when the customer first opened it, or null */
    public Date getReadTime() { return readTime; }
    public boolean isRead() { return readTime != null; }
}
