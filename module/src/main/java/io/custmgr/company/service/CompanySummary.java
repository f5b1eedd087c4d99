package io.custmgr.company.service;

import io.custmgr.company.type.CompanyStatus;

import java.io.Serializable;
import java.util.Date;

/** A company as the admin's company list shows it: with its number of members, units and orders. */
public final class CompanySummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final CompanyStatus status;
    private final Date created;
    private final long members;
    private final long units;
    private final long orders;

    public CompanySummary(long id, String name, CompanyStatus status, Date created, long members, long units,
            long orders) {
        this.id = id;
        this.name = name;
        this.status = status;
        this.created = created;
        this.members = members;
        this.units = units;
        this.orders = orders;
    }

    public long getId() { return id; }
    public String getName() { return name; }
    public CompanyStatus getStatus() { return status; }
    public Date getCreated() { return created; }
    public long getMembers() { return members; }
    public long getUnits() { return units; }
    public long getOrders() { return orders; }
}
