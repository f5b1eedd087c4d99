package io.custmgr.maillog.service;

import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailKind;
import io.custmgr.common.mail.BodyFormat;
import io.custmgr.common.mail.FormattedBodies;
import io.custmgr.common.tx.OncePerRequestKey;
import io.custmgr.guest.domain.GuestCustomer;
import io.custmgr.guest.domain.GuestProfile;
import io.custmgr.maillog.dao.MailLogDao;
import io.custmgr.maillog.type.MailStatus;
import io.custmgr.message.service.InvalidMessageException;
import io.custmgr.message.service.MessageInput;
import io.custmgr.message.service.MessageNotFoundException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.Collections;
import java.util.Date;
import java.util.UUID;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("cmMerchantMailService")
public class MerchantMailServiceImpl implements MerchantMailService {

    private static final Log LOG = LogFactory.getLog(MerchantMailServiceImpl.class);
    /** Template name of the merchant's mails; never rendered (they carry their body), for the host's records. */
    public static final String TEMPLATE = "merchantMail";
    public static final String TO = "to";
    public static final String NO_ADDRESS = "noAddress";

    @Resource(name = "cmCustomerMailer")
    protected CustomerMailer mailer;

    @Resource(name = "cmMailLogDao")
    protected MailLogDao dao;

    @Resource(name = "cmMailLogService")
    protected MailLogService mailLog;

    @Resource(name = "cmMailLogRecorder")
    protected MailLogRecorder recorder;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** How long a send waits for the log to record its outcome, so the merchant sees it on the next page. */
    @Value("${custmgr.mail.log.outcomeWaitMs:2000}")
    protected long outcomeWaitMs;

    protected OncePerRequestKey once;

    @PostConstruct
    public void init() {
        once = new OncePerRequestKey(transactionManager);
    }

    @Override
    public MailLogView send(Long customerId, String subject, String body, String requestKey) {
        return send(customerId, subject, body, BodyFormat.TEXT, requestKey);
    }

    @Override
    public MailLogView send(Long customerId, String subject, String body, BodyFormat format, String requestKey) {
        MessageInput.require(subject, body, requestKey);
        String to = recipient(customerId);
        MailLogRecord record = new MailLogRecord(UUID.randomUUID().toString(), customerId, to, subject.trim(),
                MailKind.MERCHANT.getType(), new Date(), MailStatus.QUEUED, null, FormattedBodies.html(body, format),
                false);
        return deliver(record, requestKey, null, CustomerAuditAction.EMAIL_SENT);
    }

    @Override
    public MailLogView resend(Long customerId, String logId, String requestKey) {
        MailLogView original = mailLog.findMail(customerId, logId);
        if (!original.isResendable()) {
            throw new MailNotResendableException(logId);
        }
        MessageInput.requireKey(requestKey);
        MailLogRecord record = new MailLogRecord(UUID.randomUUID().toString(), customerId, original.getTo(),
                original.getSubject(), original.getKind(), new Date(), MailStatus.QUEUED, null, original.getContent(),
                false);
        return deliver(record, requestKey, logId, CustomerAuditAction.EMAIL_RESENT);
    }

    protected MailLogView deliver(final MailLogRecord record, final String requestKey, final String resentFrom,
            final CustomerAuditAction action) {
        OncePerRequestKey.Outcome outcome = once.run(new OncePerRequestKey.Row() {
            @Override
            public String find() {
                return dao.readIdByRequestKey(requestKey);
            }

            @Override
            public String write() {
                dao.insertQueued(record, auditService.currentActor().getName(), requestKey, resentFrom);
                auditService.record(CustomerAuditEntry.of(record.getCustomerId(), action,
                        "To " + record.getTo() + ", subject: " + record.getSubject()));
                return record.getId();
            }
        });
        if (outcome.isWritten()) {
            handOn(record);
        }
        return mailLog.findMail(record.getCustomerId(), outcome.getId());
    }

    /** The log's creator records the outcome; a host mailer that bypasses it, or fails before it, is recorded here. */
    protected void handOn(MailLogRecord record) {
        CustomerMail mail = new CustomerMail(record.getTo(), TEMPLATE, record.getSubject())
                .withBody(record.getContent())
                .about(MailKind.getInstance(record.getKind()) == null ? MailKind.MERCHANT
                        : MailKind.getInstance(record.getKind()), record.getCustomerId())
                .with(CustomerMail.LOG_ID_VARIABLE, record.getId());
        try {
            if (!mailer.send(mail)) {
                recorder.record(outcome(record, MailStatus.FAILED, "The mail service did not take the mail"));
            }
        } catch (RuntimeException e) {
            LOG.warn("A merchant's mail could not be sent: " + e.getClass().getSimpleName());
            recorder.record(outcome(record, MailStatus.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        try {
            recorder.flush(outcomeWaitMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MailLogRecord outcome(MailLogRecord record, MailStatus status, String error) {
        return new MailLogRecord(record.getId(), record.getCustomerId(), record.getTo(), record.getSubject(),
                record.getKind(), record.getCreated(), status, error, null, false);
    }

    /** The customer's mailbox: a guest profile's contact e-mail (its login is a generated name), else its e-mail. */
    protected String recipient(Long customerId) {
        Customer customer = customerId == null ? null : customerService.readCustomerById(customerId);
        if (customer == null) {
            throw new MessageNotFoundException("customer " + customerId);
        }
        GuestProfile guest = customer instanceof GuestCustomer ? ((GuestCustomer) customer).getGuestProfile() : null;
        String to = guest != null && guest.isGuest() ? guest.getContactEmail() : customer.getEmailAddress();
        if (to == null || to.trim().isEmpty()) {
            throw new InvalidMessageException(Collections.singletonMap(TO, NO_ADDRESS));
        }
        return to.trim();
    }
}
