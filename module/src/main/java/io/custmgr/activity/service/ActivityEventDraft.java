package io.custmgr.activity.service;

import io.custmgr.activity.type.ActivityEventType;

import java.util.Date;

/**
 * An activity event on its way to the log. The customer may be given directly, or left for the writer to resolve
 * from a user name (failed logins) or from a customer address id (address edits); drafts it cannot place are dropped.
 * Not thread-safe: the caller must not change a draft after handing it to the recorder.
 */
public class ActivityEventDraft {

    private final ActivityEventType type;
    private final Date time;
    private Long customerId;
    private String username;
    private Long addressId;
    private String ipAddress;
    private String detail;
    private Long referenceId;
    private String assistedBy;

    public ActivityEventDraft(ActivityEventType type, Date time) {
        this.type = type;
        this.time = time;
    }

    public ActivityEventDraft customer(Long customerId) {
        this.customerId = customerId;
        return this;
    }

    public ActivityEventDraft customerByUsername(String username) {
        this.username = username;
        return this;
    }

    public ActivityEventDraft customerByAddress(Long addressId) {
        this.addressId = addressId;
        return this;
    }

    public ActivityEventDraft ip(String ipAddress) {
        this.ipAddress = ipAddress;
        return this;
    }

    public ActivityEventDraft detail(String detail) {
        this.detail = detail;
        return this;
    }

    public ActivityEventDraft reference(Long referenceId) {
        this.referenceId = referenceId;
        return this;
    }

    /** @param adminName the admin user signed in as the customer when it happened, or null */
    public ActivityEventDraft assistedBy(String adminName) {
        this.assistedBy = adminName;
        return this;
    }

    public ActivityEventType getType() { return type; }
    public Date getTime() { return time; }
    public Long getCustomerId() { return customerId; }
    public String getUsername() { return username; }
    public Long getAddressId() { return addressId; }
    public String getIpAddress() { return ipAddress; }
    public String getDetail() { return detail; }
    public Long getReferenceId() { return referenceId; }
    public String getAssistedBy() { return assistedBy; }

    /** For the writer, once it found the customer. */
    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }
}
