package io.custmgr.sample.web.account;

/** What the shopper may edit of their own profile; the admin-only fields are not on it. */
public class ProfileForm {

    private String firstName;
    private String lastName;
    private String phone;
    private String fax;
    private boolean newsletterOptIn;
    private boolean assistanceAllowed;
    private String company;
    private String dateOfBirth;
    private String gender;

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getFax() { return fax; }
    public void setFax(String fax) { this.fax = fax; }
    public boolean isNewsletterOptIn() { return newsletterOptIn; }
    public void setNewsletterOptIn(boolean newsletterOptIn) { this.newsletterOptIn = newsletterOptIn; }
    /** "Allow remote shopping assistance": the store's staff may sign in as the shopper to help. */
    public boolean isAssistanceAllowed() { return assistanceAllowed; }
    public void setAssistanceAllowed(boolean assistanceAllowed) { this.assistanceAllowed = assistanceAllowed; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    /** ISO date (yyyy-MM-dd) as the browser's date input sends it; empty for not stated */
    public String getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    /** code of a Gender, empty for not stated */
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
}
