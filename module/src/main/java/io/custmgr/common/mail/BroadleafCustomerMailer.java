package io.custmgr.common.mail;

import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;

import java.util.HashMap;
import java.util.Map;

/**
 * Through Broadleaf's {@code blEmailService}: the host's message creator renders {@link CustomerMail#getTemplate()}
 * with the mail's variables, as for Broadleaf's own customer mails; a mail with a body of its own is sent as it is.
 */
public class BroadleafCustomerMailer implements CustomerMailer {

    private final EmailService emailService;
    private final String fromAddress;

    public BroadleafCustomerMailer(EmailService emailService, String fromAddress) {
        this.emailService = emailService;
        this.fromAddress = fromAddress;
    }

    @Override
    public boolean send(CustomerMail mail) {
        EmailInfo info = new EmailInfo();
        info.setEmailTemplate(mail.getTemplate());
        info.setSubject(mail.getSubject());
        info.setFromAddress(fromAddress);
        info.setMessageBody(mail.getBody());
        Map<String, Object> props = new HashMap<String, Object>(mail.getVariables());
        return emailService.sendTemplateEmail(mail.getTo(), info, props);
    }
}
