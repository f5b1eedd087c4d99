package io.custmgr.audit.service;

import java.io.Serializable;

/** Who made a change: an admin user (with id), the customer on the storefront, or the system (jobs, host code). */
public final class AuditActor implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ADMIN = "ADMIN";
    public static final String CUSTOMER = "CUSTOMER";
    public static final String SYSTEM = "SYSTEM";

    private final String kind;
    private final Long adminUserId;
    private final String name;
    private final String ipAddress;

    private AuditActor(String kind, Long adminUserId, String name, String ipAddress) {
        this.kind = kind;
        this.adminUserId = adminUserId;
        this.name = name;
        this.ipAddress = ipAddress;
    }

    public static AuditActor admin(Long adminUserId, String login, String ipAddress) {
        return new AuditActor(ADMIN, adminUserId, login, ipAddress);
    }

    public static AuditActor customer(String ipAddress) {
        return new AuditActor(CUSTOMER, null, "customer (storefront)", ipAddress);
    }

    public static AuditActor system() {
        return new AuditActor(SYSTEM, null, "system", null);
    }

    public String getKind() { return kind; }
    public Long getAdminUserId() { return adminUserId; }
    public String getName() { return name; }
    public String getIpAddress() { return ipAddress; }
}
