package io.custmgr.merge.service;

import java.util.Date;

/** One customer as the merge screens show it and the merge rules judge it. */
public final class MergeParty implements SurvivorCandidate {

    private final long id;
    private final String firstName;
    private final String lastName;
    private final String emailAddress;
    private final boolean guest;
    private final boolean registered;
    private final String contactEmail;
    private final Date created;
    private final boolean deactivated;
    private final Long mergedInto;

    public MergeParty(long id, String firstName, String lastName, String emailAddress, boolean guest,
            boolean registered, String contactEmail, Date created, boolean deactivated, Long mergedInto) {
        this.id = id;
        this.firstName = firstName;
        this.lastName = lastName;
        this.emailAddress = emailAddress;
        this.guest = guest;
        this.registered = registered;
        this.contactEmail = contactEmail;
        this.created = created;
        this.deactivated = deactivated;
        this.mergedInto = mergedInto;
    }

    @Override
    public long getId() {
        return id;
    }

    @Override
    public boolean isAccount() {
        return registered && !guest;
    }

    @Override
    public Date getCreated() {
        return created;
    }

    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getEmailAddress() { return emailAddress; }
    public boolean isGuest() { return guest; }
    public String getContactEmail() { return contactEmail; }
    public boolean isDeactivated() { return deactivated; }
    public Long getMergedInto() { return mergedInto; }

    public boolean isMerged() {
        return mergedInto != null;
    }

    /**
     * @return the address the merchant types to confirm absorbing this customer: a guest's contact e-mail (its own
     *         e-mail is a generated one), else the account's e-mail; the customer id as text when it has neither
     */
    public String getConfirmationText() {
        String email = guest ? contactEmail : emailAddress;
        return email == null || email.trim().isEmpty() ? String.valueOf(id) : email.trim();
    }

    public String getDisplayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? "#" + id : name;
    }
}
