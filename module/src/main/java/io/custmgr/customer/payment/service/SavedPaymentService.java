package io.custmgr.customer.payment.service;

import java.util.List;

/**
 * A customer's saved payment methods (Broadleaf 3.1's customer payments) for the storefront account page and the
 * admin customer form, masked ({@link SavedPaymentView}). Every change names the customer it acts for: a payment of
 * another customer is "not found", so ids cannot be probed. Changes go through Broadleaf's
 * {@code blCustomerPaymentService} and are recorded in the customer's audit trail, by whoever made them.
 */
public interface SavedPaymentService {

    /** Default first, then oldest first; never null. Three SQL statements at most, whatever the count. */
    List<SavedPaymentView> findSavedPayments(Long customerId);

    /**
     * Makes the payment the customer's default (the previous default stops being one). One transaction.
     *
     * @return the payment, masked
     * @throws SavedPaymentNotFoundException no such payment of this customer
     */
    SavedPaymentView makeDefault(Long customerId, Long paymentId);

    /**
     * Deletes the saved payment (with its stored fields) in one transaction.
     *
     * @return what was removed, masked, for the caller's message
     * @throws SavedPaymentNotFoundException no such payment of this customer (also a second click on Remove)
     */
    SavedPaymentView remove(Long customerId, Long paymentId);
}
