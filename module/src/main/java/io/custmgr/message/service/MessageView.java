package io.custmgr.message.service;

import java.util.Date;

/** A private message as the storefront and the admin show it (plain text: templates escape it). */
public final class MessageView {

    private final String id;
    private final Long customerId;
    private final String subject;
    private final String body;
    private final Date sent;
    private final String sender;
    private final Date readTime;

    public MessageView(String id, Long customerId, String subject, String body, Date sent, String sender,
            Date readTime) {
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
    public String getBody() { return body; }
    public Date getSent() { return sent; }
    /** @return the admin user who sent it */
    public String getSender() { return sender; }
    /** @return when the customer first opened it, or null */
    public Date getReadTime() { return readTime; }
    public boolean isRead() { return readTime != null; }
}
