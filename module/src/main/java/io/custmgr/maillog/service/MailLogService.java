package io.custmgr.maillog.service;

import java.util.List;

/**
 * Reading and purging the e-mail log (bean {@code cmMailLogService}); entries are written by {@link MailLogRecorder}.
 * Entries are linked to customers by id: the id the sender named, else the account signing in with the address when
 * the mail was logged. Addresses change (e-mail changes, merges, a guest's contact e-mail shared with an account), the
 * customer a mail was meant for does not.
 */
public interface MailLogService {

    /** @return the customer's mails, newest first, at most {@code max}, without their content; read-only */
    List<MailLogView> findMails(Long customerId, int max);

    /** @return how many mails the log holds for the customer; read-only */
    int countMails(Long customerId);

    /**
     * @return the customer's mail with its stored content (masked, not cleaned for display)
     * @throws MailLogEntryNotFoundException unknown id, or a mail of another customer
     */
    MailLogView findMail(Long customerId, String logId);

    /**
     * Deletes the entries older than {@code days} days, in batches, each in a transaction of its own (callers need none).
     *
     * @param days 0 or less deletes nothing
     * @return the number of entries deleted
     */
    long purgeOlderThan(int days);

    /** Deletes the entries older than {@code custmgr.mail.log.retentionDays}; scheduled daily in the storefront. */
    long purgeExpired();
}
