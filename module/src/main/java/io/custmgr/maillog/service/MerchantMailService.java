package io.custmgr.maillog.service;

import io.custmgr.common.mail.BodyFormat;

/**
 * E-mails the merchant sends a customer from the admin's customer form (bean {@code cmMerchantMailService}), through
 * the module's {@code cmCustomerMailer} (the host's mail service), logged like every other mail. Each send writes its
 * log entry (status queued) and its audit record in one transaction, then hands the mail on, once that committed; the
 * entry then gets the outcome. One request key sends once: a second call with it sends nothing and returns the first
 * entry. Callers need no transaction.
 */
public interface MerchantMailService {

    /**
     * Sends what the merchant typed (plain text, escaped into HTML paragraphs) to the customer's e-mail address (a
     * guest profile's contact e-mail).
     *
     * @return the log entry, with its outcome when the log has written it within a couple of seconds
     * @throws io.custmgr.message.service.InvalidMessageException the input breaks the message rules, or the customer
     *         has no address (field {@code to}); nothing sent
     * @throws io.custmgr.message.service.MessageNotFoundException no such customer
     */
    MailLogView send(Long customerId, String subject, String body, String requestKey);

    /** As {@link #send(Long, String, String, String)}, with the body written as plain text or formatted. */
    MailLogView send(Long customerId, String subject, String body, BodyFormat format, String requestKey);

    /**
     * Sends a logged mail again, as it was (same recipient, subject and content), as a new entry naming the first.
     *
     * @throws MailLogEntryNotFoundException unknown entry or another customer's
     * @throws MailNotResendableException the entry's content is incomplete (a mailed link was masked, or it was
     *         never rendered): the feature that sent it sends a new one
     */
    MailLogView resend(Long customerId, String logId, String requestKey);
}
