package io.custmgr.admin.transaction;

/** Admin addresses of the manual transaction page. */
public final class TransactionPaths {

    private TransactionPaths() {
    }

    /** The page that records a payment or refund against one of the customer's orders. */
    public static String ofCustomer(Long customerId) {
        return "/customer/" + customerId + "/transactions";
    }
}
