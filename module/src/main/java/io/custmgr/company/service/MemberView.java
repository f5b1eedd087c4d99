package io.custmgr.company.service;

import java.io.Serializable;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** A member of a company as its pages list it: who, since when, with which roles (names, comma-separated) and units. */
public final class MemberView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long customerId;
    private final String email;
    private final String name;
    private final Date joined;
    private final String roles;
    private final List<Long> roleIds;
    private final List<Long> unitIds;

    public MemberView(long customerId, String email, String name, Date joined, String roles, List<Long> roleIds,
            List<Long> unitIds) {
        this.customerId = customerId;
        this.email = email;
        this.name = name;
        this.joined = joined;
        this.roles = roles;
        this.roleIds = Collections.unmodifiableList(roleIds);
        this.unitIds = Collections.unmodifiableList(unitIds);
    }

    public long getCustomerId() { return customerId; }
    public String getEmail() { return email; }
    public String getName() { return name; }
    public Date getJoined() { return joined; }
    public String getRoles() { return roles; }
    public List<Long> getRoleIds() { return roleIds; }
    public List<Long> getUnitIds() { return unitIds; }
}
