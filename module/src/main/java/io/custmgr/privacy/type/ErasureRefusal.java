package io.custmgr.privacy.type;

/**
 * Why a customer's personal data is not erased, checked before anything is touched, in this order; the first that
 * applies is reported. Only {@link #OPEN_ORDERS} can be overridden, by an admin user with the permission "Erase With
 * Open Orders".
 */
public enum ErasureRefusal {
    NOT_FOUND("it does not exist."),
    ALREADY_ERASED("its personal data was already erased."),
    MERGED_AWAY("it was merged into another customer: erase the customer it was merged into instead."),
    MERGE_PENDING("a merge of this customer is running; try again when it has finished."),
    CLEANUP_PENDING("an account cleanup run is about to delete it; wait for the run to finish."),
    OPEN_ORDERS("it has open orders (submitted, not yet fulfilled). Complete or cancel them first, or erase anyway"
            + " with the permission \u201cErase With Open Orders\u201d.");

    private final String message;

    ErasureRefusal(String message) {
        this.message = message;
    }

    /** @return why, as the end of "Customer #1 cannot be erased: ..." */
    public String getMessage() {
        return message;
    }

    /** @return whether an admin user allowed to may erase anyway */
    public boolean isForceable() {
        return this == OPEN_ORDERS;
    }
}
