package io.custmgr.privacy.dao;

import io.custmgr.privacy.type.ErasureRequestStatus;

import java.util.Date;

/** An erasure request as the shopper's account page and the admin's list show it (e-mail and name while not erased). */
public final class ErasureRequestView {

    private final String requestId;
    private final long customerId;
    private final String email;
    private final String name;
    private final Date requested;
    private final ErasureRequestStatus status;

    public ErasureRequestView(String requestId, long customerId, String email, String name, Date requested,
            ErasureRequestStatus status) {
        this.requestId = requestId;
        this.customerId = customerId;
        this.email = email;
        this.name = name;
        this.requested = requested == null ? null : new Date(requested.getTime());
        this.status = status;
    }

    public String getRequestId() {
        return requestId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public Date getRequested() {
        return requested == null ? null : new Date(requested.getTime());
    }

    public ErasureRequestStatus getStatus() {
        return status;
    }
}
