package io.custmgr.customer.account.dao;

/** Finds who already signs in with an e-mail address. */
public interface CustomerLoginDao {

    /**
     * @param loginKey trimmed, lower-case e-mail address
     * @param exceptCustomerId the customer being edited (null when adding)
     * @return the id of another customer whose e-mail address or user name equals the key, ignoring case and blanks
     *         around it; null if there is none
     */
    Long readOtherCustomerIdByLogin(String loginKey, Long exceptCustomerId);
}
