package io.custmgr.message.service;

import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.mail.BodyFormat;
import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailAfterCommit;
import io.custmgr.common.mail.MailKind;
import io.custmgr.common.tx.OncePerRequestKey;
import io.custmgr.message.dao.CustomerMessageDao;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("cmCustomerMessageService")
public class CustomerMessageServiceImpl implements CustomerMessageService {

    @Resource(name = "cmCustomerMessageDao")
    protected CustomerMessageDao dao;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected OncePerRequestKey once;

    @PostConstruct
    public void init() {
        once = new OncePerRequestKey(transactionManager);
    }

    @Resource(name = "cmCustomerMailer")
    protected CustomerMailer mailer;

    @Value("${custmgr.messages.notifyByMail:true}")
    protected boolean notifyByMail = true;

    public static final String NOTICE_TEMPLATE = "custmgr-message-notice";

    @Override
    public MessageView send(Long customerId, String subject, String body, String requestKey) {
        return send(customerId, subject, body, BodyFormat.TEXT, requestKey, null);
    }

    @Override
    public MessageView send(final Long customerId, final String subject, final String body, final BodyFormat format,
            final String requestKey, final String inboxUrl) {
        MessageInput.require(subject, body, requestKey);
        OncePerRequestKey.Outcome outcome = once.run(new OncePerRequestKey.Row() {
            @Override
            public String find() {
                return dao.readIdByRequestKey(requestKey);
            }

            @Override
            public String write() {
                Customer customer = customerId == null ? null : customerService.readCustomerById(customerId);
                if (customer == null) {
                    throw new MessageNotFoundException("customer " + customerId);
                }
                MessageView message = new MessageView(UUID.randomUUID().toString(), customerId, subject.trim(), body,
                        format, new Date(), auditService.currentActor().getName(), null);
                dao.insert(message, requestKey);
                notice(customer, message, inboxUrl);
                auditService.record(CustomerAuditEntry.of(customerId, CustomerAuditAction.MESSAGE_SENT,
                        "Subject: " + message.getSubject()));
                return message.getId();
            }
        });
        return findMessage(customerId, outcome.getId());
    }

    /** Once the message is stored: a mail with a link to it, for an account that can sign in to read it. */
    protected void notice(Customer customer, MessageView message, String inboxUrl) {
        if (!notifyByMail || inboxUrl == null || customer.getEmailAddress() == null || !customer.isRegistered()
                || customer.isDeactivated()) {
            return;
        }
        CustomerMail mail = new CustomerMail(customer.getEmailAddress(), NOTICE_TEMPLATE, "You have a new message")
                .with("firstName", customer.getFirstName())
                .with("messageSubject", message.getSubject())
                .with("messageUrl", inboxUrl + "/" + message.getId())
                .about(MailKind.MESSAGE_NOTICE, customer.getId());
        MailAfterCommit.send(mailer, mail, "New message notice");
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<MessageView> findMessages(Long customerId, int max) {
        return dao.readMessages(customerId, 0, max);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<MessageView> findMessages(Long customerId, int first, int max) {
        return dao.readMessages(customerId, first, max);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public int countMessages(Long customerId) {
        return customerId == null ? 0 : dao.countMessages(customerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public int countUnread(Long customerId) {
        return customerId == null ? 0 : dao.countUnread(customerId);
    }

    @Override
    @Transactional("blTransactionManager")
    public MessageView open(Long customerId, String messageId) {
        MessageView message = findMessage(customerId, messageId);
        if (message.isRead() || !dao.markRead(messageId, new Date())) {
            return message;
        }
        return dao.readMessage(messageId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public MessageView findMessage(Long customerId, String messageId) {
        MessageView message = messageId == null ? null : dao.readMessage(messageId);
        if (message == null || customerId == null || !customerId.equals(message.getCustomerId())) {
            throw new MessageNotFoundException("message " + messageId);
        }
        return message;
    }
}
