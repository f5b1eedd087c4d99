package io.custmgr.customer.account.service;

import io.custmgr.customer.account.domain.LoginMatch;
import org.broadleafcommerce.profile.core.domain.Customer;

/**
 * The account rules of a registered customer: the e-mail address is the user name and unique (ignoring case and
 * blanks around it), and passwords follow one policy and are stored with the host's salted encoder.
 */
public interface CustomerAccountService {

    String EMAIL_REQUIRED = "CustomerAccount_Email_Required";
    String EMAIL_INVALID = "CustomerAccount_Email_Invalid";
    String EMAIL_TOO_LONG = "CustomerAccount_Email_TooLong";
    String PASSWORD_REQUIRED = "CustomerAccount_Password_Required";
    String PASSWORD_TOO_SHORT = "CustomerAccount_Password_TooShort";
    String PASSWORD_TOO_LONG = "CustomerAccount_Password_TooLong";
    String PASSWORD_TOO_WEAK = "CustomerAccount_Password_TooWeak";
    String PASSWORD_MISMATCH = "CustomerAccount_Password_Mismatch";

    /** @return the address trimmed, or null if blank */
    String normalizeEmail(String email);

    /** @return null if the (normalized) address is well-formed, else the message key of the broken rule */
    String checkEmailFormat(String normalizedEmail);

    /**
     * @param exceptCustomerId the customer who would get the address (null for a new one)
     * @return the id of another account that already signs in with this address (ignoring case), or null; the database
     *         refuses the address all the same if another transaction takes it meanwhile
     *         ({@link io.custmgr.customer.account.domain.LoginTakenException})
     */
    Long findEmailOwner(String normalizedEmail, Long exceptCustomerId);

    /**
     * Who signs in with an address typed in any case and with blanks around it (guests and anonymous customers
     * never match). Reads the login keys, one indexed row.
     */
    LoginMatch findLogin(String typedEmailOrUsername);

    /** @return null if the new password and its confirmation are acceptable, else the message key of the broken rule */
    String checkNewPassword(String password, String confirmation);

    /** Sets the address as e-mail and user name; the caller has checked it and saves the customer. */
    void changeLogin(Customer customer, String normalizedEmail);

    /** Encodes the password with the host's encoder and salt; the caller has checked it and saves the customer. */
    void changePassword(Customer customer, String password);
}
