package io.custmgr.customer.account.dao;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.Collection;

/**
 * Deletes, set-based, the rows that hang off a set of customers (bean {@code cmCustomerPersonalRows}). The set is
 * given as SQL selecting {@code CUSTOMER_ID}s plus its parameters, so callers pick customers their own way (a guest
 * expiry window, a cleanup batch) and every table costs one statement whatever the set's size. Joins the caller's
 * transaction; the customer rows themselves go only through {@link #deleteCustomers}.
 */
public interface CustomerPersonalRows {

    /**
     * Saved payments, customer addresses and phones (and the address and phone rows no order, payment or other
     * customer still points to), attributes, page views, activity events, guest keys and mailed links (theirs and
     * those about them).
     *
     * @param customerIds a SELECT of CUSTOMER_IDs, e.g. {@code SELECT ... WHERE ... IN (:ids)}
     */
    void deletePersonalRows(String customerIds, MapSqlParameterSource params);

    /**
     * Everything {@link #deletePersonalRows} deletes plus what only an account has: roles, password tokens, e-mail
     * changes, group memberships, duplicate match keys, offers granted to it, reviews and ratings, the admin audit
     * trail (but for the CUSTOMER_DELETED and CUSTOMER_ERASED records), the module's audit result and a pending
     * registration confirmation. Orders are not touched; the customer's sessions in the assistance log stay, without
     * the customer's name.
     */
    void deleteAccountRows(String customerIds, MapSqlParameterSource params);

    /**
     * The customer rows themselves: those of a host's own {@code CustomerImpl} subclass tables (JOINED, read from the
     * mapping), then {@code BLC_CUSTOMER}. Call {@link #deleteAccountRows} (and delete orders) first.
     *
     * @return the number of customers deleted
     */
    int deleteCustomers(String customerIds, MapSqlParameterSource params);

    /**
     * {@link #deleteAccountRows} but for the collections {@code CustomerImpl} maps with a cascade (saved payments,
     * addresses, phones, attributes): for a customer Hibernate itself is removing, which deletes those on flush.
     */
    void deleteUnmappedRows(String customerIds, MapSqlParameterSource params);

    /** Deletes those of these phone rows nothing (customer, address, fulfillment group) points to any more. */
    void deleteUnusedPhones(Collection<Long> phoneIds);
}
