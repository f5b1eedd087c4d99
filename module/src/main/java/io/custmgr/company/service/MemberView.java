package io.custmgr.company.service;

import java.io.Serializable;
import java.util.Date;

/** A member of a company as its pages list it: who, since when, with which roles (names, comma-separated). */
public final class MemberView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long customerId;
    private final String email;
    private final String name;
    private final Date joined;
    private final String roles;

    public MemberView(long customerId, String email, String name, Date joined, String roles) {
        this.customerId = customerId;
        this.email = email;
        this.name = name;
        this.joined = joined;
        this.roles = roles;
    }

    public long getCustomerId() { return customerId; }
    public String getEmail() { return email; }
    public String getName() { return name; }
    public Date getJoined() { return joined; }
    public String getRoles() { return roles; }
}
