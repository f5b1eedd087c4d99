package io.custmgr.search.query;

import java.util.Collections;
import java.util.Date;
import java.util.List;

/** One customer in a result list (values as indexed, or as the SQL fallback read them). */
public class CustomerHit {

    private final long id;
    private final String email;
    private final String firstName;
    private final String lastName;
    private final String company;
    private final Date registered;
    private final Date lastActivity;
    private final Integer orderCount;
    private final Double totalSpent;
    private final List<String> groups;
    private final List<String> cities;
    private final boolean guest;
    private final boolean deactivated;

    public CustomerHit(long id, String email, String firstName, String lastName, String company, Date registered,
            Date lastActivity, Integer orderCount, Double totalSpent, List<String> groups, List<String> cities,
            boolean guest, boolean deactivated) {
        this.id = id;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.company = company;
        this.registered = registered;
        this.lastActivity = lastActivity;
        this.orderCount = orderCount;
        this.totalSpent = totalSpent;
        this.groups = groups == null ? Collections.<String>emptyList() : groups;
        this.cities = cities == null ? Collections.<String>emptyList() : cities;
        this.guest = guest;
        this.deactivated = deactivated;
    }

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getCompany() {
        return company;
    }

    public Date getRegistered() {
        return registered;
    }

    public Date getLastActivity() {
        return lastActivity;
    }

    /** @return the number of placed orders, or null where unknown (fallback search) */
    public Integer getOrderCount() {
        return orderCount;
    }

    public Double getTotalSpent() {
        return totalSpent;
    }

    public List<String> getGroups() {
        return groups;
    }

    public List<String> getCities() {
        return cities;
    }

    public boolean isGuest() {
        return guest;
    }

    public boolean isDeactivated() {
        return deactivated;
    }
}
