package io.custmgr.common.mail;

/** Sends the module's mails to shoppers (bean {@code cmCustomerMailer}; a host or the sample site may replace it). */
public interface CustomerMailer {

    /** @return whether the mail was handed on for delivery */
    boolean send(CustomerMail mail);
}
