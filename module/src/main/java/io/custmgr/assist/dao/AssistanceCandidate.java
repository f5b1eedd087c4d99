package io.custmgr.assist.dao;

/** What "Login as customer" checks of a customer row before letting an admin user in. */
public final class AssistanceCandidate {

    private final long customerId;
    private final String username;
    private final String emailAddress;
    private final String firstName;
    private final String lastName;
    private final boolean registered;
    private final boolean deactivated;
    private final boolean guest;
    private final boolean mergedAway;
    private final boolean assistanceAllowed;

    public AssistanceCandidate(long customerId, String username, String emailAddress, String firstName,
            String lastName, boolean registered, boolean deactivated, boolean guest, boolean mergedAway,
            boolean assistanceAllowed) {
        this.customerId = customerId;
        this.username = username;
        this.emailAddress = emailAddress;
        this.firstName = firstName;
        this.lastName = lastName;
        this.registered = registered;
        this.deactivated = deactivated;
        this.guest = guest;
        this.mergedAway = mergedAway;
        this.assistanceAllowed = assistanceAllowed;
    }

    public long getCustomerId() { return customerId; }
    public String getUsername() { return username; }
    public String getEmailAddress() { return emailAddress; }
    public boolean isRegistered() { return registered; }
    public boolean isDeactivated() { return deactivated; }
    public boolean isGuest() { return guest; }
    public boolean isMergedAway() { return mergedAway; }
    public boolean isAssistanceAllowed() { return assistanceAllowed; }

    /** @return first and last name, or the e-mail address when both are blank */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName.trim()) + " " + (lastName == null ? "" : lastName.trim()))
                .trim();
        return name.isEmpty() ? emailAddress : name;
    }
}
