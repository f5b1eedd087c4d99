package io.custmgr.admin.web.mail;

import io.custmgr.admin.common.StorefrontLinks;
import io.custmgr.common.mail.BodyFormat;

import io.custmgr.admin.mail.CustomerMailPaths;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.maillog.service.MailLogEntryNotFoundException;
import io.custmgr.maillog.service.MailLogService;
import io.custmgr.maillog.service.MailLogView;
import io.custmgr.maillog.service.MailNotResendableException;
import io.custmgr.maillog.service.MailPreview;
import io.custmgr.maillog.service.MerchantMailService;
import io.custmgr.message.domain.MessageLimits;
import io.custmgr.message.service.CustomerMessageService;
import io.custmgr.message.service.InvalidMessageException;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import static io.custmgr.admin.security.AdminOperation.READ;

/**
 * A customer's e-mails and private messages, from the customer form's E-mails tab: the page of one (an e-mail's
 * cleaned preview in a sandboxed frame, a message as text), "Send e-mail" / "Send message" (a form with a one-time key,
 * so a double submit sends once) and "Resend" of a logged e-mail. Reading needs the customer read permission; sending
 * and resending the permission to message customers and the admin's CSRF token, and are audited by the services.
 */
@Controller("cmCustomerMailController")
@RequestMapping("/customer/{customerId}/emails")
public class CustomerMailController extends AdminAbstractController {

    static final String SEND_VIEW = "custmgr/customerMailSend";
    static final String ENTRY_VIEW = "custmgr/customerMail";
    static final String MESSAGE = "message";

    /** The storefront's inbox, linked from the mail that tells a customer a message is waiting. */
    static final String INBOX_PATH = "/account/messages";

    @Resource(name = "cmStorefrontLinks")
    protected StorefrontLinks storefrontLinks;

    @Resource(name = "cmMerchantMailService")
    protected MerchantMailService mails;

    @Resource(name = "cmMailLogService")
    protected MailLogService mailLog;

    @Resource(name = "cmCustomerMessageService")
    protected CustomerMessageService messages;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(value = "/new", method = RequestMethod.GET)
    public String sendForm(Model model, @PathVariable("customerId") Long customerId,
            @RequestParam(value = "channel", defaultValue = "email") String channel) throws ServiceException {
        checkMaySend();
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        model.addAttribute("format", BodyFormat.TEXT.name());
        return sendPage(model, customerId, channel);
    }

    @RequestMapping(value = "/new", method = RequestMethod.POST)
    public String send(Model model, HttpServletRequest request, @PathVariable("customerId") Long customerId,
            @RequestParam(value = "channel", defaultValue = "email") String channel,
            @RequestParam(value = "subject", required = false) String subject,
            @RequestParam(value = "body", required = false) String body,
            @RequestParam(value = "format", required = false) String format,
            @RequestParam(value = "requestKey", required = false) String requestKey) throws ServiceException {
        checkMaySend();
        csrf.check(request);
        BodyFormat bodyFormat = BodyFormat.parse(format);
        try {
            String id = MESSAGE.equals(channel)
                    ? messages.send(customerId, subject, body, bodyFormat, requestKey,
                            storefrontLinks.link(request, INBOX_PATH)).getId()
                    : mails.send(customerId, subject, body, bodyFormat, requestKey).getId();
            return "redirect:" + CustomerMailPaths.of(customerId) + "/" + id + "?sent=true";
        } catch (InvalidMessageException e) {
            model.addAttribute("errors", e.getErrors());
            model.addAttribute("subject", subject);
            model.addAttribute("body", body);
            model.addAttribute("format", bodyFormat.name());
            model.addAttribute("requestKey", requestKey == null ? UUID.randomUUID().toString() : requestKey);
            return sendPage(model, customerId, channel);
        }
    }

    @RequestMapping(value = "/{entryId}", method = RequestMethod.GET)
    public String show(Model model, @PathVariable("customerId") Long customerId,
            @PathVariable("entryId") String entryId) throws ServiceException {
        permissions.check(READ, Customer.class);
        try {
            MailLogView mail = mailLog.findMail(customerId, entryId);
            model.addAttribute("mail", mail);
            model.addAttribute("preview", MailPreview.html(mail.getContent()));
            model.addAttribute("mayResend", mail.isResendable() && permissions.holds(AdminPermissions.MESSAGE_CUSTOMERS));
            model.addAttribute("requestKey", UUID.randomUUID().toString());
        } catch (MailLogEntryNotFoundException e) {
            model.addAttribute("message", messages.findMessage(customerId, entryId)); // else: not found
        }
        return page(model, customerId, ENTRY_VIEW);
    }

    @RequestMapping(value = "/{entryId}/resend", method = RequestMethod.POST)
    public String resend(Model model, HttpServletRequest request, @PathVariable("customerId") Long customerId,
            @PathVariable("entryId") String entryId,
            @RequestParam(value = "requestKey", required = false) String requestKey) throws ServiceException {
        checkMaySend();
        csrf.check(request);
        try {
            MailLogView sent = mails.resend(customerId, entryId, requestKey);
            return "redirect:" + CustomerMailPaths.of(customerId) + "/" + sent.getId() + "?sent=true";
        } catch (MailNotResendableException | InvalidMessageException e) {
            model.addAttribute("resendRefused", true);
            return show(model, customerId, entryId);
        }
    }

    private void checkMaySend() throws ServiceException {
        permissions.check(READ, Customer.class);
        permissions.checkHolds(AdminPermissions.MESSAGE_CUSTOMERS);
    }

    private String sendPage(Model model, Long customerId, String channel) {
        model.addAttribute("channel", MESSAGE.equals(channel) ? MESSAGE : "email");
        model.addAttribute("subjectLength", MessageLimits.SUBJECT_LENGTH);
        model.addAttribute("bodyLength", MessageLimits.BODY_LENGTH);
        return page(model, customerId, SEND_VIEW);
    }

    private String page(Model model, Long customerId, String view) {
        model.addAttribute("customerId", customerId);
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", view);
        return "modules/defaultContainer";
    }
}
