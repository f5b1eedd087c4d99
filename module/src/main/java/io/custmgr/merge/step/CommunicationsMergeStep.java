package io.custmgr.merge.step;

import io.custmgr.assist.domain.AssistanceSessionImpl;
import io.custmgr.customer.confirmation.domain.EmailConfirmationImpl;
import io.custmgr.maillog.domain.MailLogEntryImpl;
import io.custmgr.merge.service.MergeOutcome;
import io.custmgr.message.domain.CustomerMessageImpl;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * E-mail log, private messages and assistance sessions: every entry, message and session of the absorbed customer
 * becomes the survivor's. A pending registration confirmation of the absorbed customer is dropped.
 */
@Component("cmCommunicationsMergeStep")
public class CommunicationsMergeStep extends SqlMergeStep {

    private static final List<Move> MOVES = Arrays.asList(
            Move.of("E-mails", MergeOutcome.MOVED,
                    "SELECT COUNT(*) FROM " + MailLogEntryImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed",
                    "UPDATE " + MailLogEntryImpl.TABLE + " SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed"),
            Move.of("Private messages", MergeOutcome.MOVED,
                    "SELECT COUNT(*) FROM " + CustomerMessageImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed",
                    "UPDATE " + CustomerMessageImpl.TABLE + " SET CUSTOMER_ID = :survivor"
                            + " WHERE CUSTOMER_ID = :absorbed"),
            Move.of("Assistance sessions", MergeOutcome.MOVED,
                    "SELECT COUNT(*) FROM " + AssistanceSessionImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed",
                    "UPDATE " + AssistanceSessionImpl.TABLE + " SET CUSTOMER_ID = :survivor"
                            + " WHERE CUSTOMER_ID = :absorbed"),
            // the survivor signs in with its own address: the absorbed one's registration confirmation is moot
            Move.of("Registration e-mail confirmation", MergeOutcome.DROPPED,
                    "SELECT COUNT(*) FROM " + EmailConfirmationImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed",
                    "DELETE FROM " + EmailConfirmationImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed"));

    @Override public String getKey() { return "communications"; }
    @Override public int getOrder() { return 650; }
    @Override protected String getTitle() { return "E-mails and messages"; }
    @Override protected List<Move> getMoves() { return MOVES; }
}
