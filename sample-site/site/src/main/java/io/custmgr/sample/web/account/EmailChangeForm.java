package io.custmgr.sample.web.account;

/** The new e-mail address the shopper wants to sign in with. */
public class EmailChangeForm {

    private String newEmail;

    public String getNewEmail() { return newEmail; }
    public void setNewEmail(String newEmail) { this.newEmail = newEmail; }
}
