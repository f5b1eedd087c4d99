package io.custmgr.admin.payment;

/** Admin paths of a customer's saved payments. */
public final class SavedPaymentPaths {

    private SavedPaymentPaths() {
    }

    /** "/customer/{id}/saved-payments": a payment's page is this plus "/{paymentId}". */
    public static String paymentsOf(Long customerId) {
        return "/customer/" + customerId + "/saved-payments";
    }
}
