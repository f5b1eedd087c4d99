package io.custmgr.guest.service;

import io.custmgr.activity.dao.ActivityEventDao;
import io.custmgr.activity.service.ActivityRecorder;
import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.change.CustomerChanges;
import io.custmgr.common.hibernate.CustomerDataCaches;
import io.custmgr.common.hibernate.EntityCaches;
import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailAfterCommit;
import io.custmgr.common.mail.MailKind;
import io.custmgr.common.mailedlink.service.MailedLink;
import io.custmgr.common.mailedlink.service.MailedLinkHandler;
import io.custmgr.common.mailedlink.service.MailedLinks;
import io.custmgr.guest.dao.GuestClaimDao;
import io.custmgr.guest.dao.GuestProfileDao;
import io.custmgr.history.service.NavigationHistoryService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmGuestClaimService")
public class GuestClaimServiceImpl implements GuestClaimService {

    public static final String MAIL_TEMPLATE = "custmgr-guest-claim";

    @Resource(name = "cmGuestProfileDao")
    protected GuestProfileDao guestProfileDao;

    @Resource(name = "cmGuestClaimDao")
    protected GuestClaimDao claimDao;

    @Resource(name = "cmNavigationHistoryService")
    protected NavigationHistoryService navigationHistoryService;

    @Resource(name = "cmActivityEventDao")
    protected ActivityEventDao activityEventDao;

    @Resource(name = "cmActivityRecorder")
    protected ActivityRecorder activityRecorder;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @Resource(name = "cmCustomerMailer")
    protected CustomerMailer mailer;

    @Resource(name = "cmMailedLinks")
    protected MailedLinks links;

    @Resource(name = "cmCustomerDataCaches")
    protected CustomerDataCaches customerDataCaches;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Value("${custmgr.guest.claim.ttlHours}")
    protected int ttlHours;

    @Override
    @Transactional("blTransactionManager")
    public boolean offerClaim(Customer account, String claimUrl) {
        if (account == null || account.getId() == null || account.getEmailAddress() == null) {
            return false;
        }
        Long guestId = guestProfileDao.readGuestIdByKey(ContactEmails.key(account.getEmailAddress()));
        if (guestId == null || guestId.equals(account.getId())) {
            return false;
        }
        String link = links.issue(PURPOSE, claimUrl, account.getId(), guestId, null, ttlHours);
        CustomerMail mail = new CustomerMail(account.getEmailAddress(), MAIL_TEMPLATE,
                "Add your earlier orders to your account")
                .with("firstName", account.getFirstName())
                .with("claimUrl", link)
                .with("validHours", ttlHours)
                .about(MailKind.GUEST_CLAIM, account.getId());
        MailAfterCommit.send(mailer, mail, "Guest claim confirmation");
        return true;
    }

    @Override
    public GuestClaimResult confirmClaim(String token, Customer signedInAccount) {
        return links.consume(PURPOSE, token, signedInAccount == null ? null : signedInAccount.getId(),
                new MailedLinkHandler<GuestClaimResult>() {
                    @Override
                    public GuestClaimResult apply(MailedLink link) {
                        return moveGuest(link.getSubjectId(), link.getCustomerId());
                    }
                });
    }

    /** In the transaction that takes the link up. */
    protected GuestClaimResult moveGuest(long guestId, long accountId) {
        em.flush(); // the moves below are JDBC: nothing of this session may be written after them
        int orders = claimDao.moveOrders(guestId, accountId);
        int addresses = claimDao.moveAddresses(guestId, accountId);
        int pageViews = navigationHistoryService.moveHistory(guestId, accountId);
        int events = activityEventDao.reassignCustomer(guestId, accountId);
        claimDao.retireGuest(guestId, accountId);
        GuestClaimResult result = new GuestClaimResult(guestId, orders, addresses, pageViews, events);
        EntityCaches.forgetSession(em);
        customerDataCaches.forgetAfterCommit();
        CustomerChanges.afterCommit(guestId, accountId); // the search index
        activityRecorder.record(activityRecorder.draft(ActivityEventType.GUEST_ORDERS_CLAIMED).customer(accountId)
                .reference(guestId).detail(result.toString()));
        auditService.record(CustomerAuditEntry.of(accountId, CustomerAuditAction.GUEST_ORDERS_CLAIMED,
                "From guest profile " + guestId + ": " + result));
        auditService.record(CustomerAuditEntry.of(guestId, CustomerAuditAction.GUEST_ORDERS_CLAIMED,
                "Moved to account " + accountId + ": " + result));
        return result;
    }
}
