package io.custmgr.customer.account.service;

import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailAfterCommit;
import io.custmgr.common.mail.MailKind;
import io.custmgr.common.mailedlink.service.MailedLink;
import io.custmgr.common.mailedlink.service.MailedLinkHandler;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.common.mailedlink.service.MailedLinks;
import io.custmgr.customer.account.domain.LoginTakenException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmEmailChangeService")
public class EmailChangeServiceImpl implements EmailChangeService {

    public static final String MAIL_TEMPLATE = "custmgr-email-change";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cmCustomerAccountService")
    protected CustomerAccountService accountService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cmCustomerMailer")
    protected CustomerMailer mailer;

    @Resource(name = "cmMailedLinks")
    protected MailedLinks links;

    @Value("${custmgr.account.emailChange.validHours}")
    protected int validHours;

    @Override
    @Transactional("blTransactionManager")
    public String requestChange(Customer customer, String newEmail, String confirmUrl) {
        String email = accountService.normalizeEmail(newEmail);
        String broken = accountService.checkEmailFormat(email);
        if (broken != null) {
            throw new InvalidEmailChangeException(broken);
        }
        if (email.equalsIgnoreCase(customer.getEmailAddress())) {
            throw new InvalidEmailChangeException(SAME_EMAIL);
        }
        if (accountService.findEmailOwner(email, customer.getId()) != null) {
            throw new InvalidEmailChangeException(EMAIL_IN_USE);
        }
        String link = links.issue(PURPOSE, confirmUrl, customer.getId(), null, email, validHours);
        CustomerMail mail = new CustomerMail(email, MAIL_TEMPLATE, "Confirm your new e-mail address")
                .with("firstName", customer.getFirstName())
                .with("confirmUrl", link)
                .with("validHours", validHours)
                .about(MailKind.EMAIL_CHANGE, customer.getId());
        MailAfterCommit.send(mailer, mail, "E-mail change confirmation");
        return email;
    }

    @Override
    public Customer confirmChange(String token, Customer signedInAccount) {
        return links.consume(PURPOSE, token, signedInAccount == null ? null : signedInAccount.getId(),
                new MailedLinkHandler<Customer>() {
                    @Override
                    public Customer apply(MailedLink link) {
                        return changeLogin(link.getCustomerId(), link.getPayload());
                    }
                });
    }

    /** In the transaction that takes the link up. */
    protected Customer changeLogin(long customerId, String newEmail) {
        if (accountService.findEmailOwner(newEmail, customerId) != null) {
            throw MailedLinkRefusedException.refused(EMAIL_IN_USE); // registered by someone else since the request
        }
        Customer customer = customerService.readCustomerById(customerId);
        accountService.changeLogin(customer, newEmail);
        try {
            Customer saved = customerService.saveCustomer(customer, false);
            em.flush(); // the login key is written now: taken meanwhile is this change's error, not the commit's
            return saved;
        } catch (RuntimeException e) {
            if (LoginTakenException.in(e) != null) {
                throw MailedLinkRefusedException.refused(EMAIL_IN_USE);
            }
            throw e;
        }
    }
}
