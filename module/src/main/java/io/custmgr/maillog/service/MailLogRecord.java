package io.custmgr.maillog.service;

import io.custmgr.maillog.type.MailStatus;

import java.util.Date;

/**
 * One e-mail as the log records it, on its way to the background writer: who it went to, what it was, its outcome
 * and its content with mailed links' tokens masked already. Immutable.
 */
public final class MailLogRecord {

    private final String id;
    private final Long customerId;
    private final String to;
    private final String subject;
    private final String kind;
    private final Date created;
    private final MailStatus status;
    private final String error;
    private final String content;
    private final boolean masked;

    public MailLogRecord(String id, Long customerId, String to, String subject, String kind, Date created,
            MailStatus status, String error, String content, boolean masked) {
        this.id = id;
        this.customerId = customerId;
        this.to = to;
        this.subject = subject;
        this.kind = kind;
        this.created = created;
        this.status = status;
        this.error = error;
        this.content = content;
        this.masked = masked;
    }

    /** @return this record for the given customer (the writer's look-up by address) */
    public MailLogRecord forCustomer(Long owner) {
        return new MailLogRecord(id, owner, to, subject, kind, created, status, error, content, masked);
    }

    public String getId() { return id; }
    /** @return the customer the mail is for, or null when the writer is to find it by the address */
    public Long getCustomerId() { return customerId; }
    public String getTo() { return to; }
    public String getSubject() { return subject; }
    public String getKind() { return kind; }
    public Date getCreated() { return created; }
    public MailStatus getStatus() { return status; }
    /** @return why it failed, or null */
    public String getError() { return error; }
    /** @return the rendered body, masked; null when rendering failed */
    public String getContent() { return content; }
    public boolean isMasked() { return masked; }

    @Override
    public String toString() {
        return "MailLogRecord[" + id + ", " + kind + ", " + status + "]"; // never the content or address
    }
}
