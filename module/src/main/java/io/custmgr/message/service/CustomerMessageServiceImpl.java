package io.custmgr.message.service;

import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.tx.OncePerRequestKey;
import io.custmgr.message.dao.CustomerMessageDao;
import org.broadleafcommerce.profile.core.service.CustomerService;
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

    @Override
    public MessageView send(final Long customerId, final String subject, final String body, final String requestKey) {
        MessageInput.require(subject, body, requestKey);
        OncePerRequestKey.Outcome outcome = once.run(new OncePerRequestKey.Row() {
            @Override
            public String find() {
                return dao.readIdByRequestKey(requestKey);
            }

            @Override
            public String write() {
                if (customerId == null || customerService.readCustomerById(customerId) == null) {
                    throw new MessageNotFoundException("customer " + customerId);
                }
                MessageView message = new MessageView(UUID.randomUUID().toString(), customerId, subject.trim(), body,
                        new Date(), auditService.currentActor().getName(), null);
                dao.insert(message, requestKey);
                auditService.record(CustomerAuditEntry.of(customerId, CustomerAuditAction.MESSAGE_SENT,
                        "Subject: " + message.getSubject()));
                return message.getId();
            }
        });
        return findMessage(customerId, outcome.getId());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<MessageView> findMessages(Long customerId, int max) {
        return dao.readMessages(customerId, max);
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
