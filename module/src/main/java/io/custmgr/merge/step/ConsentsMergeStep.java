package io.custmgr.merge.step;

import io.custmgr.consent.domain.ConsentRecordImpl;
import io.custmgr.merge.service.MergeOutcome;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;

/**
 * Consent records: the absorbed customer's become the survivor's, with their time and source, so the survivor's trail
 * shows both histories. The survivor's current flags are the merge's field choices (profile fields step).
 */
@Component("cmConsentsMergeStep")
public class ConsentsMergeStep extends SqlMergeStep {

    private static final List<Move> MOVES = Collections.singletonList(
            Move.of("Consent records", MergeOutcome.MOVED,
                    "SELECT COUNT(*) FROM " + ConsentRecordImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed",
                    "UPDATE " + ConsentRecordImpl.TABLE + " SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed"));

    @Override public String getKey() { return "consents"; }
    @Override public int getOrder() { return 660; }
    @Override protected String getTitle() { return "Consents"; }
    @Override protected List<Move> getMoves() { return MOVES; }
}
