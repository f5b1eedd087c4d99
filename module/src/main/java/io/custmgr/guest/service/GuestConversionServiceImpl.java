package io.custmgr.guest.service;

import io.custmgr.activity.service.ActivityRecorder;
import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.customer.account.domain.LoginTakenException;
import io.custmgr.customer.account.service.CustomerAccountService;
import io.custmgr.customer.account.service.PasswordLinks;
import io.custmgr.guest.dao.GuestProfileDao;
import io.custmgr.guest.domain.GuestCustomer;
import io.custmgr.guest.domain.GuestProfile;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmGuestConversionService")
public class GuestConversionServiceImpl implements GuestConversionService {

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cmGuestProfileDao")
    protected GuestProfileDao guestProfileDao;

    @Resource(name = "cmCustomerAccountService")
    protected CustomerAccountService accountService;

    @Resource(name = "cmActivityRecorder")
    protected ActivityRecorder activityRecorder;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cmPasswordLinks")
    protected PasswordLinks passwordLinks;

    @Override
    @Transactional("blTransactionManager")
    public Customer convertToAccount(Long guestId, String resetPasswordUrl) {
        Customer guest = guestId == null ? null : customerService.readCustomerById(guestId);
        if (guest == null || !((GuestCustomer) guest).getGuestProfile().isGuest()) {
            throw new GuestConversionException("notGuest");
        }
        GuestProfile profile = ((GuestCustomer) guest).getGuestProfile();
        String email = profile.getContactEmail();
        if (email == null || profile.getClaimedBy() != null || profile.getAnonymizedDate() != null) {
            throw new GuestConversionException("noEmail");
        }
        if (accountService.findEmailOwner(accountService.normalizeEmail(email), guest.getId()) != null) {
            throw new GuestConversionException("emailInUse");
        }
        guest.setUsername(email);
        guest.setEmailAddress(email);
        guest.setRegistered(true);
        guest.setDeactivated(false);
        profile.setGuest(false);
        try {
            customerService.saveCustomer(guest, false);
            guestProfileDao.deleteKeys(guest.getId());
            em.flush(); // the login key is written now: taken meanwhile is this conversion's error
        } catch (RuntimeException e) {
            if (LoginTakenException.in(e) != null) {
                throw new GuestConversionException("emailInUse"); // taken meanwhile
            }
            throw e;
        }
        passwordLinks.sendSetPasswordLink(guest.getId(), resetPasswordUrl, "after converting the guest");
        activityRecorder.record(activityRecorder.draft(ActivityEventType.REGISTRATION).customer(guest.getId())
                .detail("Converted from a guest profile by the merchant"));
        auditService.record(CustomerAuditEntry.of(guest.getId(), CustomerAuditAction.GUEST_CONVERTED,
                "Signs in as " + email + "; a set-password link was mailed"));
        return guest;
    }
}
