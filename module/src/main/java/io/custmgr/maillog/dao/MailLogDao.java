package io.custmgr.maillog.dao;

import io.custmgr.common.tx.BatchedPurge;
import io.custmgr.maillog.service.MailLogRecord;
import io.custmgr.maillog.service.MailLogView;

import java.util.Date;
import java.util.List;

/** JDBC access to {@code CM_MAIL_LOG}. Every method joins the caller's transaction (there must be one to write). */
public interface MailLogDao extends BatchedPurge.Batch {

    /**
     * Inserts a QUEUED entry for a mail about to be handed on, with the admin user who sent it.
     *
     * @param requestKey the sending form's one-time key, or null
     * @throws org.springframework.dao.DuplicateKeyException when an entry already holds the request key
     */
    void insertQueued(MailLogRecord record, String sender, String requestKey, String resentFrom);

    /** Writes an entry's outcome: updates the entry of that id (keeping its customer if it has one) or inserts it. */
    void saveOutcome(MailLogRecord record);

    /** @return the id of the entry a form with this key wrote, or null */
    String readIdByRequestKey(String requestKey);

    /** @return the customer's entries, newest first, at most {@code max}, without their content */
    List<MailLogView> readEntries(Long customerId, int max);

    int countEntries(Long customerId);

    /** @return the entry with its content, or null */
    MailLogView readEntry(String id);

    /** Deletes at most about {@code limit} entries created before the cutoff, oldest first. @return rows deleted */
    @Override
    int deleteOlderThan(Date cutoff, int limit);
}
