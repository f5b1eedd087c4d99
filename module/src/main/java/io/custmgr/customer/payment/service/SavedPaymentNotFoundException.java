package io.custmgr.customer.payment.service;

/** No saved payment with that id belongs to the customer: pages answer 404 (the error pages classify it so). */
public class SavedPaymentNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SavedPaymentNotFoundException(Long paymentId) {
        super("No such saved payment of this customer: " + paymentId);
    }
}
