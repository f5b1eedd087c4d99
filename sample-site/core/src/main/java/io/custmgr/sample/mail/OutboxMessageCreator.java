package io.custmgr.sample.mail;

import io.custmgr.common.mail.CustomerMail;
import org.broadleafcommerce.common.email.domain.EmailTarget;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.email.service.message.EmailPropertyType;
import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.springframework.mail.MailException;
import org.springframework.web.util.HtmlUtils;

import java.util.Map;

/**
 * The sample's {@code blMessageCreator}: every mail Broadleaf's {@code blEmailService} would send (the module's guest
 * claim links, Broadleaf's own password reset mails) goes to the in-memory {@link OutboxCustomerMailer} instead.
 */
public class OutboxMessageCreator extends MessageCreator {

    static final String STORE = "Customer Manager sample store";

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

    /**
     * The sample has no mail templates: a mail's body is a greeting, its subject and its link, escaped (what the
     * module's e-mail log stores and the admin previews). A real site renders its templates here.
     */
    @Override
    public String buildMessageBody(EmailInfo info, Map<String, Object> props) {
        StringBuilder html = new StringBuilder();
        Object firstName = props.get("firstName");
        html.append("<p>Hello").append(firstName == null ? "" : " " + HtmlUtils.htmlEscape(firstName.toString()))
                .append(",</p>\n");
        if (info != null && info.getSubject() != null) {
            html.append("<p>").append(HtmlUtils.htmlEscape(info.getSubject())).append("</p>\n");
        }
        for (String variable : OutboxCustomerMailer.LINK_VARIABLES) {
            Object link = props.get(variable);
            if (link != null) {
                String url = HtmlUtils.htmlEscape(link.toString());
                html.append("<p><a href=\"").append(url).append("\">").append(url).append("</a></p>\n");
            }
        }
        return html.append("<p>").append(STORE).append("</p>").toString();
    }
}
