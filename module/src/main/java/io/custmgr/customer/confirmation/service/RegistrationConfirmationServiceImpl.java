package io.custmgr.customer.confirmation.service;

import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailAfterCommit;
import io.custmgr.common.mail.MailKind;
import io.custmgr.common.mailedlink.service.MailedLink;
import io.custmgr.common.mailedlink.service.MailedLinkHandler;
import io.custmgr.common.mailedlink.service.MailedLinks;
import io.custmgr.customer.account.domain.LoginMatch;
import io.custmgr.customer.account.service.CustomerAccountService;
import io.custmgr.customer.confirmation.dao.EmailConfirmationDao;
import io.custmgr.customer.confirmation.dao.EmailConfirmationState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;

import javax.annotation.Resource;

/** See {@link RegistrationConfirmationService}. Settings under {@code custmgr.registration.confirmation}. */
public class RegistrationConfirmationServiceImpl implements RegistrationConfirmationService {

    @Resource(name = "cmEmailConfirmationDao")
    protected EmailConfirmationDao dao;

    @Resource(name = "cmMailedLinks")
    protected MailedLinks links;

    @Resource(name = "cmCustomerMailer")
    protected CustomerMailer mailer;

    @Resource(name = "cmCustomerAccountService")
    protected CustomerAccountService accountService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService audit;

    protected ConfirmationRequirement requirement = ConfirmationRequirement.NONE;
    protected int validHours = 72;
    protected int resendAfterSeconds = 60;

    public void setRequirement(ConfirmationRequirement requirement) {
        this.requirement = requirement;
    }

    /** @param setting {@code none}, {@code signin} or {@code checkout} */
    public void setRequirementSetting(String setting) {
        this.requirement = ConfirmationRequirement.parse(setting);
    }

    public void setValidHours(int validHours) {
        this.validHours = validHours;
    }

    public void setResendAfterSeconds(int resendAfterSeconds) {
        this.resendAfterSeconds = resendAfterSeconds;
    }

    @Override
    public ConfirmationRequirement getRequirement() {
        return requirement;
    }

    @Override
    @Transactional("blTransactionManager")
    public void startConfirmation(Customer customer, String confirmUrl) {
        if (requirement == ConfirmationRequirement.NONE || customer == null || customer.getId() == null
                || customer.getEmailAddress() == null) {
            return;
        }
        Date now = new Date();
        dao.savePending(customer.getId(), customer.getEmailAddress(), now);
        if (confirmUrl != null && dao.claimSending(customer.getId(), now, now)) {
            mailLink(customer.getId(), customer.getEmailAddress(), customer.getFirstName(), confirmUrl);
        }
    }

    @Override
    public boolean isPending(Long customerId) {
        return customerId != null && dao.isPending(customerId);
    }

    @Override
    public boolean maySignIn(Long customerId) {
        return requirement != ConfirmationRequirement.SIGN_IN || !isPending(customerId);
    }

    @Override
    public boolean mayCheckOut(Long customerId) {
        return !requirement.blocksCheckout() || !isPending(customerId);
    }

    @Override
    public EmailConfirmationState findState(Long customerId) {
        return customerId == null ? null : dao.readState(customerId);
    }

    @Override
    @Transactional("blTransactionManager")
    public long confirm(String token, Long signedInCustomerId) {
        MailedLinkHandler<Long> handler = new MailedLinkHandler<Long>() {
            @Override
            public Long apply(MailedLink link) {
                if (dao.markConfirmed(link.getCustomerId(), new Date())) {
                    audit.record(CustomerAuditEntry.of(link.getCustomerId(), CustomerAuditAction.EMAIL_CONFIRMED,
                            "by the mailed link"));
                }
                return link.getCustomerId();
            }
        };
        return signedInCustomerId == null ? links.consumeBearer(PURPOSE, token, handler)
                : links.consume(PURPOSE, token, signedInCustomerId, handler);
    }

    @Override
    @Transactional("blTransactionManager")
    public void resendByLogin(String typedLogin, String confirmUrl) {
        if (typedLogin == null || typedLogin.trim().isEmpty() || confirmUrl == null) {
            return;
        }
        LoginMatch match = accountService.findLogin(typedLogin);
        if (match.getCustomerId() != null && !match.isShared()) {
            sendAgain(match.getCustomerId(), confirmUrl);
        }
    }

    @Override
    @Transactional("blTransactionManager")
    public ResendOutcome resend(Long customerId, String confirmUrl) {
        if (!isPending(customerId)) {
            return ResendOutcome.NOT_PENDING;
        }
        if (!sendAgain(customerId, confirmUrl)) {
            return ResendOutcome.TOO_SOON;
        }
        audit.record(CustomerAuditEntry.of(customerId, CustomerAuditAction.EMAIL_CONFIRMATION_RESENT, null));
        return ResendOutcome.SENT;
    }

    /** @return whether a link was mailed (pending, and none mailed within the resend interval) */
    protected boolean sendAgain(long customerId, String confirmUrl) {
        Date now = new Date();
        if (!dao.claimSending(customerId, now, new Date(now.getTime() - resendAfterSeconds * 1000L))) {
            return false;
        }
        Customer customer = customerService.readCustomerById(customerId);
        mailLink(customerId, customer.getEmailAddress(), customer.getFirstName(), confirmUrl);
        return true;
    }

    protected void mailLink(long customerId, String email, String firstName, String confirmUrl) {
        String link = links.issue(PURPOSE, confirmUrl, customerId, null, null, validHours);
        CustomerMail mail = new CustomerMail(email, MAIL_TEMPLATE, "Confirm your e-mail address")
                .with("firstName", firstName)
                .with("confirmUrl", link)
                .with("validHours", validHours)
                .about(MailKind.REGISTRATION_CONFIRMATION, customerId);
        MailAfterCommit.send(mailer, mail, "Registration confirmation");
    }
}
