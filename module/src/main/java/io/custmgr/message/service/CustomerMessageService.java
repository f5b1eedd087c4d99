package io.custmgr.message.service;

import io.custmgr.common.mail.BodyFormat;

import java.util.List;

/**
 * Private messages from the merchant to a customer (bean {@code cmCustomerMessageService}): sent from the admin's
 * customer form, read in the storefront's inbox. A message of another customer is never found, for reading or
 * marking.
 */
public interface CustomerMessageService {

    /**
     * Stores a message from the current admin user, recorded in the customer's audit trail, in one transaction. A
     * second call with the same request key (a double submit) stores nothing and returns the first message.
     *
     * @throws InvalidMessageException the input breaks {@link MessageInput}'s rules; nothing is stored
     * @throws MessageNotFoundException no such customer
     */
    MessageView send(Long customerId, String subject, String body, String requestKey);

    /**
     * As {@link #send(Long, String, String, String)}, with the body's format, and a mail telling a registered customer
     * that a message is waiting (sent once the message is stored, with a link to it; setting
     * {@code custmgr.messages.notifyByMail}).
     *
     * @param inboxUrl the storefront's inbox ({@code .../account/messages}); null: no mail
     */
    MessageView send(Long customerId, String subject, String body, BodyFormat format, String requestKey,
            String inboxUrl);

    /** @return the customer's messages, newest first, from {@code first}, at most {@code max}; read-only */
    List<MessageView> findMessages(Long customerId, int first, int max);

    /** @return how many messages the customer has; read-only */
    int countMessages(Long customerId);

    /** @return the customer's messages, newest first, at most {@code max}; read-only */
    List<MessageView> findMessages(Long customerId, int max);

    /** @return how many of the customer's messages were never opened; read-only */
    int countUnread(Long customerId);

    /**
     * The customer opens a message: marked read (the first time only).
     *
     * @throws MessageNotFoundException unknown id or another customer's message
     */
    MessageView open(Long customerId, String messageId);

    /**
     * The admin looks at a message; read-only, it stays unread.
     *
     * @throws MessageNotFoundException unknown id or another customer's message
     */
    MessageView findMessage(Long customerId, String messageId);
}
