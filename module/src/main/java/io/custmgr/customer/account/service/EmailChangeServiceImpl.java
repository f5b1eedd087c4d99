package io.custmgr.customer.account.service;

import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailAfterCommit;
import io.custmgr.common.security.MailedTokens;
import io.custmgr.customer.account.domain.EmailChangeImpl;
import io.custmgr.customer.account.domain.LoginTakenException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
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
        String token = MailedTokens.newToken();
        Date now = new Date();
        em.persist(new EmailChangeImpl(MailedTokens.hash(token), customer.getId(), email, now,
                new Date(now.getTime() + validHours * 3600000L)));
        CustomerMail mail = new CustomerMail(email, MAIL_TEMPLATE, "Confirm your new e-mail address")
                .with("firstName", customer.getFirstName())
                .with("confirmUrl", MailedTokens.link(confirmUrl, token))
                .with("validHours", validHours);
        MailAfterCommit.send(mailer, mail, "E-mail change confirmation");
        return email;
    }

    @Override
    @Transactional("blTransactionManager")
    public Customer confirmChange(String token, Customer signedInAccount) {
        EmailChangeImpl change = token == null || token.isEmpty() ? null
                : em.find(EmailChangeImpl.class, MailedTokens.hash(token), LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            throw new InvalidEmailChangeException(TOKEN_UNKNOWN);
        }
        if (change.getConfirmed() != null) {
            throw new InvalidEmailChangeException(TOKEN_USED);
        }
        if (change.getExpires().before(new Date())) {
            throw new InvalidEmailChangeException(TOKEN_EXPIRED);
        }
        if (signedInAccount == null || !change.getCustomerId().equals(signedInAccount.getId())) {
            throw new InvalidEmailChangeException(OTHER_ACCOUNT);
        }
        if (accountService.findEmailOwner(change.getNewEmail(), change.getCustomerId()) != null) {
            throw new InvalidEmailChangeException(EMAIL_IN_USE); // registered by someone else since the request
        }
        Customer customer = customerService.readCustomerById(change.getCustomerId());
        accountService.changeLogin(customer, change.getNewEmail());
        change.confirm(new Date());
        try {
            Customer saved = customerService.saveCustomer(customer, false);
            em.flush(); // the login key is written now: taken meanwhile is this change's error, not the commit's
            return saved;
        } catch (RuntimeException e) {
            if (LoginTakenException.in(e) != null) {
                throw new InvalidEmailChangeException(EMAIL_IN_USE);
            }
            throw e;
        }
    }
}
