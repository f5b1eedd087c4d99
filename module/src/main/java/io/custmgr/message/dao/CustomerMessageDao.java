package io.custmgr.message.dao;

import io.custmgr.message.service.MessageView;

import java.util.Date;
import java.util.List;

/** JDBC access to {@code CM_CUSTOMER_MESSAGE}; joins the caller's transaction (there must be one to write). */
public interface CustomerMessageDao {

    /** @throws org.springframework.dao.DuplicateKeyException when a message already holds the request key */
    void insert(MessageView message, String requestKey);

    /** @return the id of the message a form with this key sent, or null */
    String readIdByRequestKey(String requestKey);

    /** @return the message, or null */
    MessageView readMessage(String id);

    /** @return the customer's messages, newest first, at most {@code max} */
    List<MessageView> readMessages(Long customerId, int first, int max);

    int countMessages(Long customerId);

    int countUnread(Long customerId);

    /** Marks the message read at {@code when} unless it was read before. @return whether it was unread */
    boolean markRead(String id, Date when);
}
