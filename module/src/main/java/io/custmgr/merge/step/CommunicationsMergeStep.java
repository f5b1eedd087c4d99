package io.custmgr.merge.step;

import io.custmgr.maillog.domain.MailLogEntryImpl;
import io.custmgr.merge.service.MergeOutcome;
import io.custmgr.message.domain.CustomerMessageImpl;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/** E-mail log and private messages: every entry and message of the absorbed customer becomes the survivor's. */
@Component("cmCommunicationsMergeStep")
public class CommunicationsMergeStep extends SqlMergeStep {

    private static final List<Move> MOVES = Arrays.asList(
            Move.of("E-mails", MergeOutcome.MOVED,
                    "SELECT COUNT(*) FROM " + MailLogEntryImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed",
                    "UPDATE " + MailLogEntryImpl.TABLE + " SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed"),
            Move.of("Private messages", MergeOutcome.MOVED,
                    "SELECT COUNT(*) FROM " + CustomerMessageImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed",
                    "UPDATE " + CustomerMessageImpl.TABLE + " SET CUSTOMER_ID = :survivor"
                            + " WHERE CUSTOMER_ID = :absorbed"));

    @Override public String getKey() { return "communications"; }
    @Override public int getOrder() { return 650; }
    @Override protected String getTitle() { return "E-mails and messages"; }
    @Override protected List<Move> getMoves() { return MOVES; }
}
