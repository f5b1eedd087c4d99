package io.custmgr.merge.step;

import io.custmgr.customer.account.domain.EmailChangeImpl;
import io.custmgr.guest.domain.GuestClaimImpl;
import io.custmgr.guest.domain.GuestKeyImpl;
import io.custmgr.merge.service.MergeOutcome;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What only made sense for the absorbed customer as an account of its own is dropped: unused password reset and
 * e-mail change links, unclaimed guest claims either way, and a guest profile's contact key (later guest checkouts with
 * that e-mail start a new guest profile, as after a claim).
 */
@Component("cmPendingLinksMergeStep")
public class PendingLinksMergeStep extends SqlMergeStep {

    private static final String OPEN_CLAIMS = GuestClaimImpl.TABLE + " WHERE CLAIMED IS NULL AND "
            + "(GUEST_ID = :absorbed OR ACCOUNT_ID = :absorbed)";

    private static final List<Move> MOVES = Collections.unmodifiableList(Arrays.asList(
            dropAll("Password reset links", "BLC_CUSTOMER_PASSWORD_TOKEN WHERE CUSTOMER_ID = :absorbed"),
            dropAll("E-mail change links", EmailChangeImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed"),
            dropAll("Guest claim links", OPEN_CLAIMS),
            dropAll("Guest contact keys", GuestKeyImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed")));

    @Override public String getKey() { return "pendingLinks"; }
    @Override public int getOrder() { return 1000; }
    @Override protected String getTitle() { return "Pending links"; }
    @Override protected List<Move> getMoves() { return MOVES; }

    private static Move dropAll(String label, String rows) {
        return Move.of(label, MergeOutcome.DROPPED, "SELECT COUNT(*) FROM " + rows, "DELETE FROM " + rows);
    }
}
