package io.custmgr.sample.mail;

import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedList;
import java.util.List;

/**
 * The sample site sends no real mail: what Broadleaf's {@code blEmailService} would send (through the sample's
 * {@link OutboxMessageCreator}) lands in this in-memory outbox (latest first, bounded), shown on the storefront's
 * development page {@code /dev/outbox}. Never in a production site.
 */
public class OutboxCustomerMailer implements CustomerMailer {

    private static final int CAPACITY = 100;

    private final LinkedList<SentMail> mails = new LinkedList<SentMail>();

    @Override
    public synchronized boolean send(CustomerMail mail) {
        mails.addFirst(new SentMail(new Date(), mail));
        while (mails.size() > CAPACITY) {
            mails.removeLast();
        }
        return true;
    }

    public synchronized List<SentMail> latest() {
        return Collections.unmodifiableList(new ArrayList<SentMail>(mails));
    }

    /** One mail with the time it was sent. */
    public static class SentMail {

        private final Date sent;
        private final CustomerMail mail;

        SentMail(Date sent, CustomerMail mail) {
            this.sent = sent;
            this.mail = mail;
        }

        public Date getSent() { return sent; }
        public CustomerMail getMail() { return mail; }
    }
}
