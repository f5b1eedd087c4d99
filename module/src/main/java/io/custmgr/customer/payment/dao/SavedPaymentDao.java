package io.custmgr.customer.payment.dao;

import java.util.List;

/** Reads a customer's saved payments (BLC_CUSTOMER_PAYMENT) without loading Broadleaf's entities. */
public interface SavedPaymentDao {

    /**
     * The customer's saved payments, default first, then oldest first, with the masking fields
     * ({@link io.custmgr.customer.payment.service.PaymentMask#READ_FIELDS}) and nothing else: two statements.
     */
    List<SavedPaymentRow> readSavedPayments(Long customerId);

    /** @return the customer owning the saved payment, or null when there is none with that id */
    Long readOwner(Long paymentId);
}
