package io.custmgr.customer.deletion.dao;

import io.custmgr.customer.deletion.type.KeepRule;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Set-based JDBC of the customer delete (bean {@code cmCustomerRemovalDao}); every method joins the caller's
 * transaction and takes at most {@link io.custmgr.common.jdbc.InLists#MAX} customers.
 */
public interface CustomerRemovalDao {

    /**
     * @return for each given customer a delete refuses, the first rule that refuses it ({@link KeepRule#GONE} for an
     *         id without a customer); customers that may be deleted are absent
     */
    Map<Long, KeepRule> readRefusals(Collection<Long> customerIds);

    /** @return per customer found, its e-mail and its first and last name joined (either may be null) */
    Map<Long, String[]> readNames(Collection<Long> customerIds);

    /** @return per customer (all given, in their order), its e-mail and how many rows of each kind it has */
    Map<Long, RemovedCustomer> readRows(List<Long> customerIds);

    /**
     * Deletes the customers' rows in every table but their orders (Broadleaf's own delete takes those), then the
     * customer rows. @param mappedRowsToo false for a customer Hibernate is removing, which deletes the collections
     * CustomerImpl maps itself, and the customer row
     * @return customer rows deleted
     */
    int deleteRows(List<Long> customerIds, boolean mappedRowsToo);

    /** @return the text of a customer's CUSTOMER_DELETED audit record: e-mail, context, rows removed by kind */
    String describe(RemovedCustomer removed, String context);
}
