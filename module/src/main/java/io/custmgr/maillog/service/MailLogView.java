package io.custmgr.maillog.service;

import io.custmgr.common.mail.MailKind;
import io.custmgr.maillog.type.MailStatus;

import java.util.Date;

/** An e-mail of the log as the admin shows it. The content is the stored (masked) body, not yet cleaned for display. */
public final class MailLogView {

    private final String id;
    private final Long customerId;
    private final String to;
    private final String subject;
    private final String kind;
    private final Date created;
    private final MailStatus status;
    private final Date statusTime;
    private final String error;
    private final String content;
    private final boolean masked;
    private final String sender;
    private final String resentFrom;

    public MailLogView(String id, Long customerId, String to, String subject, String kind, Date created,
            MailStatus status, Date statusTime, String error, String content, boolean masked, String sender,
            String resentFrom) {
        this.id = id;
        this.customerId = customerId;
        this.to = to;
        this.subject = subject;
        this.kind = kind;
        this.created = created;
        this.status = status;
        this.statusTime = statusTime;
        this.error = error;
        this.content = content;
        this.masked = masked;
        this.sender = sender;
        this.resentFrom = resentFrom;
    }

    public String getId() { return id; }
    public Long getCustomerId() { return customerId; }
    public String getTo() { return to; }
    public String getSubject() { return subject; }
    public String getKind() { return kind; }
    public String getKindLabel() { return MailKind.describe(kind); }
    public Date getCreated() { return created; }
    public MailStatus getStatus() { return status; }
    public Date getStatusTime() { return statusTime; }
    public String getError() { return error; }
    /** @return the stored body (null in lists, which do not read it) */
    public String getContent() { return content; }
    /** @return whether mailed links' tokens were masked in the content: such a mail cannot be resent from the log */
    public boolean isMasked() { return masked; }
    public String getSender() { return sender; }
    public String getResentFrom() { return resentFrom; }
    /** @return whether the log can send this content again: complete (nothing masked) and rendered */
    public boolean isResendable() { return !masked && content != null && !content.isEmpty(); }
}
