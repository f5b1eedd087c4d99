package io.custmgr.merge.step;

import io.custmgr.merge.service.MergeOutcome;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The host's other per-customer records: phone book, saved payments, attributes, assigned offers and offer usage,
 * reviews, ratings and review feedback. Where the survivor already has the same (payment token, attribute name,
 * offer) the absorbed copy is dropped; a clashing phone name is made unique with the row id.
 */
@Component("cmAccountRecordsMergeStep")
public class AccountRecordsMergeStep extends SqlMergeStep {

    private static final String DUPLICATE_PAYMENT = "CUSTOMER_ID = :absorbed AND PAYMENT_TOKEN IN (SELECT s.PAYMENT_TOKEN "
            + "FROM BLC_CUSTOMER_PAYMENT s WHERE s.CUSTOMER_ID = :survivor)";
    private static final String DUPLICATE_ATTRIBUTE = "CUSTOMER_ID = :absorbed AND NAME IN (SELECT s.NAME "
            + "FROM BLC_CUSTOMER_ATTRIBUTE s WHERE s.CUSTOMER_ID = :survivor)";
    private static final String DUPLICATE_OFFER = "CUSTOMER_ID = :absorbed AND OFFER_ID IN (SELECT s.OFFER_ID "
            + "FROM BLC_CUSTOMER_OFFER_XREF s WHERE s.CUSTOMER_ID = :survivor)";

    private static final List<Move> MOVES = Collections.unmodifiableList(Arrays.asList(
            Move.counted("Phone numbers", MergeOutcome.MOVED,
                    "SELECT COUNT(*) FROM BLC_CUSTOMER_PHONE WHERE CUSTOMER_ID = :absorbed",
                    // unique on (CUSTOMER_ID, PHONE_NAME)
                    "UPDATE BLC_CUSTOMER_PHONE SET PHONE_NAME = PHONE_NAME || ' #' || CAST(CUSTOMER_PHONE_ID AS VARCHAR(20)) "
                            + "WHERE CUSTOMER_ID = :absorbed AND PHONE_NAME IN (SELECT s.PHONE_NAME FROM BLC_CUSTOMER_PHONE s "
                            + "WHERE s.CUSTOMER_ID = :survivor)",
                    "UPDATE BLC_CUSTOMER_PHONE SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed"),
            Move.counted("Saved payments the survivor already has", MergeOutcome.DROPPED,
                    "SELECT COUNT(*) FROM BLC_CUSTOMER_PAYMENT WHERE " + DUPLICATE_PAYMENT,
                    "DELETE FROM BLC_CUSTOMER_PAYMENT_FIELDS WHERE CUSTOMER_PAYMENT_ID IN (SELECT CUSTOMER_PAYMENT_ID "
                            + "FROM BLC_CUSTOMER_PAYMENT WHERE " + DUPLICATE_PAYMENT + ")",
                    "DELETE FROM BLC_CUSTOMER_PAYMENT WHERE " + DUPLICATE_PAYMENT),
            Move.of("Saved payments", MergeOutcome.MOVED,
                    "SELECT COUNT(*) FROM BLC_CUSTOMER_PAYMENT WHERE CUSTOMER_ID = :absorbed AND NOT (" + DUPLICATE_PAYMENT
                            + ")",
                    "UPDATE BLC_CUSTOMER_PAYMENT SET CUSTOMER_ID = :survivor, IS_DEFAULT = FALSE WHERE CUSTOMER_ID = :absorbed"),
            Move.of("Attributes the survivor already has", MergeOutcome.DROPPED,
                    "SELECT COUNT(*) FROM BLC_CUSTOMER_ATTRIBUTE WHERE " + DUPLICATE_ATTRIBUTE,
                    "DELETE FROM BLC_CUSTOMER_ATTRIBUTE WHERE " + DUPLICATE_ATTRIBUTE),
            Move.of("Attributes", MergeOutcome.MOVED,
                    "SELECT COUNT(*) FROM BLC_CUSTOMER_ATTRIBUTE WHERE CUSTOMER_ID = :absorbed AND NOT ("
                            + DUPLICATE_ATTRIBUTE + ")",
                    "UPDATE BLC_CUSTOMER_ATTRIBUTE SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed"),
            Move.of("Assigned offers the survivor already has", MergeOutcome.DROPPED,
                    "SELECT COUNT(*) FROM BLC_CUSTOMER_OFFER_XREF WHERE " + DUPLICATE_OFFER,
                    "DELETE FROM BLC_CUSTOMER_OFFER_XREF WHERE " + DUPLICATE_OFFER),
            Move.of("Assigned offers", MergeOutcome.MOVED,
                    "SELECT COUNT(*) FROM BLC_CUSTOMER_OFFER_XREF WHERE CUSTOMER_ID = :absorbed AND NOT ("
                            + DUPLICATE_OFFER + ")",
                    "UPDATE BLC_CUSTOMER_OFFER_XREF SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed"),
            moveAll("Offer uses", "BLC_OFFER_AUDIT"),
            moveAll("Reviews", "BLC_REVIEW_DETAIL"),
            moveAll("Ratings", "BLC_RATING_DETAIL"),
            moveAll("Review feedback", "BLC_REVIEW_FEEDBACK")));

    @Override public String getKey() { return "records"; }
    @Override public int getOrder() { return 900; }
    @Override protected String getTitle() { return "Other records"; }
    @Override protected List<Move> getMoves() { return MOVES; }

    private static Move moveAll(String label, String table) {
        return Move.of(label, MergeOutcome.MOVED, "SELECT COUNT(*) FROM " + table + " WHERE CUSTOMER_ID = :absorbed",
                "UPDATE " + table + " SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed");
    }
}
