package io.custmgr.duplicates.dao;

import io.custmgr.duplicates.domain.CustomerMatchKeyId;
import io.custmgr.duplicates.dto.DuplicateCustomer;

import java.util.Collection;
import java.util.List;

/**
 * Plain JDBC on blPU's data source (joining the caller's transaction) for {@code CM_CUSTOMER_MATCH_KEY}: streams the
 * customer data keys are made from, writes keys in batches, and finds pairs by a self-join of the table on (kind, key).
 * Every method is one statement (a batch counts as one), whatever the number of rows.
 */
public interface CustomerMatchKeyDao {

    /** Deletes every key; @return rows deleted */
    int deleteAllKeys();

    /** Deletes the keys of these customers (at most 500 ids); @return rows deleted */
    int deleteKeysOf(Collection<Long> customerIds);

    /**
     * Streams (customer id; e-mail address, guest contact e-mail) of customers having either, by customer id.
     *
     * @param customerIds only these customers (at most 500 ids); null: all
     */
    void readEmails(Collection<Long> customerIds, SourceRowHandler handler);

    /**
     * Streams (customer id; phone) for the profile phone, the customer's phones and the primary phone of each of the
     * customer's addresses, by customer id (one customer's rows together).
     *
     * @param customerIds only these customers (at most 500 ids); null: all
     */
    void readPhones(Collection<Long> customerIds, SourceRowHandler handler);

    /**
     * Streams (customer id; first name, last name, address line 1, postal code, country) per customer address.
     *
     * @param customerIds only these customers (at most 500 ids); null: all
     */
    void readNamesAndAddresses(Collection<Long> customerIds, SourceRowHandler handler);

    /** @return the customers whose address books hold these addresses (at most 500 ids) */
    List<Long> readCustomerIdsOfAddresses(Collection<Long> addressIds);

    /** Inserts the keys as one JDBC batch. */
    void insertKeys(List<CustomerMatchKeyId> keys);

    /** Deletes the keys more than {@code maxCustomers} customers share (placeholders); @return rows deleted */
    int deleteCommonKeys(int maxCustomers);

    /** @return pairs of eligible customers sharing at least one key (of {@code kind}, if not null) */
    long countPairs(String kind);

    /** @return a page of those pairs, the pair with the newest customer (highest id) first */
    List<CustomerPairRow> readPairs(String kind, int first, int max);

    /** @return every key each of these pairs shares, ordered by kind and key */
    List<SharedKeyRow> readSharedKeys(Collection<CustomerPairRow> pairs);

    /** @return the customers with these ids (any order; unknown ids left out) */
    List<DuplicateCustomer> readCustomers(Collection<Long> customerIds);
}
