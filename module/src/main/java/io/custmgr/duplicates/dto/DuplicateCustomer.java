package io.custmgr.duplicates.dto;

import io.custmgr.merge.service.SurvivorCandidate;

import java.util.Date;

/** One customer of a possible duplicate pair, as the admin lists it. */
public class DuplicateCustomer implements SurvivorCandidate {

    private final long id;
    private final String firstName;
    private final String lastName;
    private final String email;
    private final boolean guest;
    private final boolean registered;
    private final Date created;

    /**
     * @param email the address to show: a guest's contact e-mail, else the customer's own
     * @param created Broadleaf's registration date; may be null for rows written outside Hibernate
     */
    public DuplicateCustomer(long id, String firstName, String lastName, String email, boolean guest,
            boolean registered, Date created) {
        this.id = id;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.guest = guest;
        this.registered = registered;
        this.created = created == null ? null : new Date(created.getTime());
    }

    @Override
    public long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    /** @return first and last name, or "" */
    public String getName() {
        return ((firstName == null ? "" : firstName.trim()) + " " + (lastName == null ? "" : lastName.trim())).trim();
    }

    public String getEmail() {
        return email;
    }

    public boolean isGuest() {
        return guest;
    }

    @Override
    public boolean isAccount() {
        return registered && !guest;
    }

    @Override
    public Date getCreated() {
        return created == null ? null : new Date(created.getTime());
    }
}
