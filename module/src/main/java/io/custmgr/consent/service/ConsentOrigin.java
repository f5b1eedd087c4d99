package io.custmgr.consent.service;

import io.custmgr.consent.type.ConsentSource;

import java.io.Serializable;

/** Who recorded a consent and from where: the source, the admin user's id (admin only), the client IP if any. */
public final class ConsentOrigin implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ConsentSource source;
    private final Long adminUserId;
    private final String ipAddress;

    public ConsentOrigin(ConsentSource source, Long adminUserId, String ipAddress) {
        if (source == null) {
            throw new IllegalArgumentException("A consent needs a source");
        }
        this.source = source;
        this.adminUserId = adminUserId;
        this.ipAddress = ipAddress;
    }

    public ConsentSource getSource() {
        return source;
    }

    public Long getAdminUserId() {
        return adminUserId;
    }

    public String getIpAddress() {
        return ipAddress;
    }
}
