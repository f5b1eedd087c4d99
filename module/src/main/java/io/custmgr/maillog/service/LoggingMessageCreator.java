package io.custmgr.maillog.service;

import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.MailKind;
import io.custmgr.common.mail.MailScope;
import io.custmgr.maillog.type.MailStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.email.domain.EmailTarget;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.email.service.message.EmailPropertyType;
import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The host's {@code blMessageCreator} with the e-mail log around it ({@link MailLogHook} puts it in place): every
 * mail {@code blEmailService} sends, Broadleaf's own and the module's, is rendered once here (the host's creator
 * renders it as it would have), handed to the host's creator with that body, and recorded with its outcome. A failed
 * send is recorded with its error; it is thrown on only when {@code rethrowFailures} is set, so by default a mail
 * failure does not undo the customer's action that sent it (the merchant sees it in the log and can resend).
 */
public class LoggingMessageCreator extends MessageCreator {

    private static final Log LOG = LogFactory.getLog(LoggingMessageCreator.class);
    static final String RECORDER = "cmMailLogRecorder";

    private final MessageCreator delegate;
    private final BeanFactory beanFactory;
    private final MailSecrets secrets;
    private final Map<String, String> kindsByEmailInfo;
    private final boolean rethrowFailures;

    /**
     * @param kindsByEmailInfo bean ids of the host's EmailInfo beans (e.g. blForgotPasswordEmailInfo) with the
     *                         {@link MailKind} code of their mails
     */
    public LoggingMessageCreator(MessageCreator delegate, BeanFactory beanFactory, MailSecrets secrets,
            Map<String, String> kindsByEmailInfo, boolean rethrowFailures) {
        super(null);
        this.delegate = delegate;
        this.beanFactory = beanFactory;
        this.secrets = secrets;
        this.kindsByEmailInfo = kindsByEmailInfo;
        this.rethrowFailures = rethrowFailures;
    }

    /** @return the host's creator behind the log */
    public MessageCreator getDelegate() {
        return delegate;
    }

    @Override
    public void sendMessage(Map<String, Object> props) throws MailException {
        EmailInfo info = (EmailInfo) props.get(EmailPropertyType.INFO.getType());
        List<String> secretValues = secrets.find(props);
        String body = null;
        try {
            body = info != null && info.getMessageBody() != null ? info.getMessageBody()
                    : delegate.buildMessageBody(info, props);
            delegate.sendMessage(withBody(props, info, body));
            record(props, info, MailStatus.SENT, null, body, secretValues);
        } catch (RuntimeException e) {
            record(props, info, MailStatus.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage(), body,
                    secretValues);
            if (rethrowFailures) {
                throw e;
            }
            LOG.warn("A mail could not be sent (" + e.getClass().getSimpleName() + "); see the customer's e-mail log");
        }
    }

    @Override
    public String buildMessageBody(EmailInfo info, Map<String, Object> props) {
        return delegate.buildMessageBody(info, props);
    }

    @Override
    public MimeMessagePreparator buildMimeMessagePreparator(Map<String, Object> props) {
        return delegate.buildMimeMessagePreparator(props);
    }

    @Override
    public JavaMailSender getMailSender() {
        return delegate.getMailSender();
    }

    @Override
    public void setMailSender(JavaMailSender mailSender) {
        delegate.setMailSender(mailSender);
    }

    /** The host's creator renders nothing again: it gets a copy of the mail's EmailInfo holding the body. */
    private static Map<String, Object> withBody(Map<String, Object> props, EmailInfo info, String body) {
        if (info == null || info.getMessageBody() != null) {
            return props;
        }
        EmailInfo rendered = info.clone(); // the host's EmailInfo beans are shared: never set a body on them
        rendered.setMessageBody(body);
        Map<String, Object> copy = new HashMap<String, Object>(props);
        copy.put(EmailPropertyType.INFO.getType(), rendered);
        return copy;
    }

    private void record(Map<String, Object> props, EmailInfo info, MailStatus status, String error, String body,
            List<String> secretValues) {
        try {
            EmailTarget target = (EmailTarget) props.get(EmailPropertyType.USER.getType());
            String content = MailSecrets.mask(body, secretValues);
            MailLogRecord record = new MailLogRecord(logId(props), customerId(props),
                    target == null ? null : target.getEmailAddress(), info == null ? null : info.getSubject(),
                    kind(props, info), new Date(), status, MailSecrets.mask(error, secretValues), content,
                    content != null && !content.equals(body));
            beanFactory.getBean(RECORDER, MailLogRecorder.class).record(record);
        } catch (RuntimeException e) {
            LOG.warn("A mail could not be logged: " + e.getClass().getSimpleName()); // the mail itself went its way
        }
    }

    private static String logId(Map<String, Object> props) {
        Object id = props.get(CustomerMail.LOG_ID_VARIABLE);
        return id == null ? UUID.randomUUID().toString() : id.toString();
    }

    private static Long customerId(Map<String, Object> props) {
        Object id = props.get(CustomerMail.CUSTOMER_VARIABLE);
        if (id instanceof Number) {
            return ((Number) id).longValue();
        }
        MailScope scope = MailScope.current();
        if (scope != null && scope.getCustomerId() != null) {
            return scope.getCustomerId();
        }
        Object customer = props.get("customer"); // Broadleaf's registration mail
        return customer instanceof Customer ? ((Customer) customer).getId() : null;
    }

    private String kind(Map<String, Object> props, EmailInfo info) {
        Object kind = props.get(CustomerMail.KIND_VARIABLE);
        if (kind != null) {
            return cut(kind.toString());
        }
        MailScope scope = MailScope.current();
        if (scope != null && scope.getKind() != null) {
            return scope.getKind().getType();
        }
        for (Map.Entry<String, String> known : kindsByEmailInfo.entrySet()) {
            if (info != null && beanFactory.containsBean(known.getKey()) && beanFactory.getBean(known.getKey()) == info) {
                return known.getValue();
            }
        }
        if (info != null && info.getEmailType() != null) {
            return cut(info.getEmailType());
        }
        return info != null && info.getEmailTemplate() != null ? cut(info.getEmailTemplate()) : MailKind.OTHER.getType();
    }

    private static String cut(String code) {
        return code.length() <= MailKind.CODE_LENGTH ? code : code.substring(0, MailKind.CODE_LENGTH);
    }
}
