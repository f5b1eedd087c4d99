package io.custmgr.customer.account.service;

import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.mail.MailKind;
import io.custmgr.common.mail.MailScope;
import org.broadleafcommerce.common.service.GenericResponse;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmPasswordLinks")
public class PasswordLinksImpl implements PasswordLinks {

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    @Transactional("blTransactionManager")
    public void sendSetPasswordLink(Long customerId, String resetPasswordUrl, String auditDetail) {
        em.flush(); // Broadleaf's reset reads the customer by user name in this transaction
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null || customer.getUsername() == null) {
            throw new IllegalStateException("No account " + customerId + " to mail a set-password link to");
        }
        GenericResponse reset;
        MailScope scope = MailScope.open(MailKind.SET_PASSWORD, customerId); // for the e-mail log
        try {
            reset = customerService.sendForgotPasswordNotification(customer.getUsername(), resetPasswordUrl);
        } finally {
            scope.close();
        }
        if (reset.getHasErrors()) {
            throw new IllegalStateException("Broadleaf refused the password reset: " + reset.getErrorCodesList());
        }
        auditService.record(CustomerAuditEntry.of(customerId, CustomerAuditAction.PASSWORD_LINK_SENT, auditDetail));
    }
}
