package io.custmgr.merge.step;

import io.custmgr.common.mailedlink.domain.MailedTokenImpl;
import io.custmgr.guest.domain.GuestKeyImpl;
import io.custmgr.merge.service.MergeOutcome;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What only made sense for the absorbed customer as an account of its own is dropped: unused password reset links,
 * mailed links not yet followed (e-mail change, guest claim either way), and a guest profile's contact key (later guest checkouts with
 * that e-mail start a new guest profile, as after a claim).
 */
@Component("cmPendingLinksMergeStep")
public class PendingLinksMergeStep extends SqlMergeStep {

    private static final String OPEN_LINKS = MailedTokenImpl.TABLE + " WHERE USED IS NULL AND "
            + "(CUSTOMER_ID = :absorbed OR SUBJECT_ID = :absorbed)";

    private static final List<Move> MOVES = Collections.unmodifiableList(Arrays.asList(
            dropAll("Password reset links", "BLC_CUSTOMER_PASSWORD_TOKEN WHERE CUSTOMER_ID = :absorbed"),
            dropAll("Mailed links not yet followed (e-mail change, guest claim)", OPEN_LINKS),
            dropAll("Guest contact keys", GuestKeyImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed")));

    @Override public String getKey() { return "pendingLinks"; }
    @Override public int getOrder() { return 1000; }
    @Override protected String getTitle() { return "Pending links"; }
    @Override protected List<Move> getMoves() { return MOVES; }

    private static Move dropAll(String label, String rows) {
        return Move.of(label, MergeOutcome.DROPPED, "SELECT COUNT(*) FROM " + rows, "DELETE FROM " + rows);
    }
}
