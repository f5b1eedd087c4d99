package io.custmgr.customer.profile.service;

import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.List;

/**
 * The access flags a merchant sets on a customer (bean {@code cmCustomerAccessService}), for the features that honour
 * them: the digital library and the member directory.
 */
public interface CustomerAccessService {

    /**
     * @param customer may be null or anonymous (no access)
     * @return true when every digital item is in the customer's library regardless of purchases
     */
    boolean hasLibraryAllAccess(Customer customer);

    /**
     * @param customer may be null or anonymous (not listed)
     * @return true when the customer is listed in the member directory
     */
    boolean isInMemberDirectory(Customer customer);

    /** @return ids of the customers listed in the member directory, ascending, one page (set-based, one query) */
    List<Long> findMemberDirectoryCustomerIds(int firstResult, int maxResults);
}
