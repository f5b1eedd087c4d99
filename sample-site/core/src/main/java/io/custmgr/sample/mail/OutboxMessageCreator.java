package io.custmgr.sample.mail;

import io.custmgr.common.mail.CustomerMail;
import org.broadleafcommerce.common.email.domain.EmailTarget;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.email.service.message.EmailPropertyType;
import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.springframework.mail.MailException;

import java.util.Map;

/**
 * The sample's {@code blMessageCreator}: every mail Broadleaf's {@code blEmailService} would send (the module's guest
 * claim links, Broadleaf's own password reset mails) goes to the in-memory {@link OutboxCustomerMailer} instead.
 */
public class OutboxMessageCreator extends MessageCreator {

    private final OutboxCustomerMailer outbox;

    public OutboxMessageCreator(OutboxCustomerMailer outbox) {
        super(null);
        this.outbox = outbox;
    }

    @Override
    public void sendMessage(Map<String, Object> props) throws MailException {
        EmailTarget target = (EmailTarget) props.get(EmailPropertyType.USER.getType());
        EmailInfo info = (EmailInfo) props.get(EmailPropertyType.INFO.getType());
        CustomerMail mail = new CustomerMail(target == null ? null : target.getEmailAddress(),
                info == null ? null : info.getEmailTemplate(), info == null ? null : info.getSubject());
        for (Map.Entry<String, Object> variable : props.entrySet()) {
            if (!(variable.getValue() instanceof EmailTarget) && !(variable.getValue() instanceof EmailInfo)) {
                mail.with(variable.getKey(), variable.getValue());
            }
        }
        outbox.send(mail);
    }

    @Override
    public String buildMessageBody(EmailInfo info, Map<String, Object> props) {
        return ""; // nothing is rendered: the outbox page shows the variables
    }
}
