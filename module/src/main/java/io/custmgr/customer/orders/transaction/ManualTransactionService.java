package io.custmgr.customer.orders.transaction;

import java.util.List;

/**
 * Payments and refunds a merchant records by hand against one of a customer's placed orders (money taken by cheque
 * or wire, a refund made outside the gateway). They are written as real Broadleaf payment transactions through
 * {@code blOrderPaymentService}, so everything that reads payments follows: the order's payment status, the
 * Transactions tab, Hibernate listeners such as the library's refund listener (a refund of the whole capture revokes
 * the order's digital purchases).
 */
public interface ManualTransactionService {

    /** Additional field (BLC_TRANS_ADDITNL_FIELDS) holding a manual transaction's reference. */
    String REFERENCE_FIELD = "cmReference";
    /** Additional field holding a manual transaction's reason. */
    String REASON_FIELD = "cmReason";
    /** Additional field holding who recorded it (the admin user's login). */
    String RECORDED_BY_FIELD = "cmRecordedBy";
    /** Longest reference and reason kept (BLC_TRANS_ADDITNL_FIELDS.FIELD_VALUE). */
    int TEXT_LENGTH = 255;

    /**
     * Checks every field and writes nothing unless all hold. A payment becomes a new order payment of the given
     * method (Broadleaf's PASSTHROUGH gateway, the reference as its reference number) with one successful
     * AUTHORIZE_AND_CAPTURE transaction; a refund becomes successful REFUND transactions on the order's payments that
     * captured money, newest payment first, each never above what that payment captured and has not refunded. The
     * order's row is locked first, so concurrent refunds cannot exceed the capture together. Recorded in the
     * customer's audit trail in the same transaction (joins the caller's or opens one).
     *
     * @return the ids of the payment transactions written
     * @throws InvalidTransactionException with an error per refused field; nothing was written
     */
    List<Long> record(Long customerId, ManualTransaction transaction);
}
