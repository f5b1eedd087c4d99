package io.custmgr.common.mail;

import io.custmgr.common.tx.AfterCommit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Sends a customer mail once the transaction that decided it has committed. A mail that cannot be sent is logged by
 * purpose and exception class only: its variables hold signed links.
 */
public final class MailAfterCommit {

    private static final Log LOG = LogFactory.getLog(MailAfterCommit.class);

    private MailAfterCommit() {
    }

    public static void send(final CustomerMailer mailer, final CustomerMail mail, final String purpose) {
        AfterCommit.run(new Runnable() {
            @Override
            public void run() {
                try {
                    mailer.send(mail);
                } catch (RuntimeException e) {
                    LOG.warn(purpose + ": the mail could not be sent: " + e.getClass().getSimpleName());
                }
            }
        });
    }
}
