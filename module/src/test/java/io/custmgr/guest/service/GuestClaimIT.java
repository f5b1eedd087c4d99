package io.custmgr.guest.service;

import io.custmgr.audit.domain.CustomerAuditRecord;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.hibernate.CustomerDataCaches;
import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.common.mailedlink.service.MailedTokens;
import io.custmgr.guest.domain.GuestCustomer;
import io.custmgr.guest.domain.GuestProfile;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claims commit for real (the mail goes after commit); every test cleans up what it made. */
@BroadleafIntegrationTest
class GuestClaimIT {

    @Resource(name = "cmGuestClaimService")
    GuestClaimService claimService;

    @Resource(name = "cmGuestProfileService")
    GuestProfileService guestProfileService;

    @Resource(name = "cmGuestConversionService")
    GuestConversionService conversionService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "cmCustomerAuditService")
    CustomerAuditService auditService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entityConfiguration;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "cmCustomerDataCaches")
    CustomerDataCaches caches;

    CommittedCustomers customers;
    GuestCheckouts checkouts;
    GuestClaimServiceImpl target;
    CustomerMailer realMailer;
    final List<CustomerMail> outbox = new ArrayList<CustomerMail>();

    @BeforeEach
    void setUp() throws Exception {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        checkouts = new GuestCheckouts(customers, guestProfileService, orderService, entityConfiguration);
        target = (GuestClaimServiceImpl) ((Advised) claimService).getTargetSource().getTarget();
        realMailer = target.mailer;
        target.mailer = new CustomerMailer() {
            @Override
            public boolean send(CustomerMail mail) {
                outbox.add(mail);
                return true;
            }
        };
    }

    @AfterEach
    void cleanUp() {
        target.mailer = realMailer;
        customers.deleteAll();
    }

    @Test
    void theGuestsOrdersAndAddressesMoveOnlyWhenTheMailedLinkIsFollowedByTheAccount() {
        String email = "claim-" + UUID.randomUUID() + "@example.com";
        Long guest = guestCheckout(email, "1 Main Street");
        guestCheckout(email.toUpperCase(), "9 Elm Road");
        Customer account = account(email);
        Customer stranger = account("stranger-" + UUID.randomUUID() + "@example.com");

        assertTrue(offer(account));
        assertEquals(2, orderCount(guest), "nothing moves on registration alone");
        assertEquals(1, outbox.size());
        assertEquals(email, outbox.get(0).getTo());
        String token = token(outbox.get(0));
        long evictionsBefore = caches.getEvictionCount();

        MailedLinkRefusedException refused = assertThrows(MailedLinkRefusedException.class,
                () -> claimService.confirmClaim(token, stranger));
        assertEquals("otherAccount", refused.getCode());
        assertEquals(2, orderCount(guest));
        assertEquals(evictionsBefore, caches.getEvictionCount(), "a refused claim leaves the caches alone");

        GuestClaimResult result = claimService.confirmClaim(token, account);

        assertEquals(evictionsBefore + 1, caches.getEvictionCount(), "the moved customer data dropped once, after commit");

        assertEquals(2, result.getOrders());
        assertEquals(2, result.getAddresses());
        assertEquals(2, orderCount(account.getId()));
        assertEquals(0, orderCount(guest));
        assertEquals(2, (int) customers.jdbc().queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER_ADDRESS WHERE CUSTOMER_ID = ?",
                Integer.class, account.getId()));
        GuestProfile retired = ((GuestCustomer) customerService.readCustomerById(guest)).getGuestProfile();
        assertNull(retired.getContactEmail());
        assertEquals(account.getId(), retired.getClaimedBy());
        assertNull(guestProfileService.findGuestByContactEmail(email), "the e-mail no longer finds the guest");
        assertEquals("used", assertThrows(MailedLinkRefusedException.class,
                () -> claimService.confirmClaim(token, account)).getCode());
        assertAudited(account.getId(), CustomerAuditAction.GUEST_ORDERS_CLAIMED, "From guest profile " + guest);
        assertAudited(guest, CustomerAuditAction.GUEST_ORDERS_CLAIMED, "Moved to account " + account.getId());
    }

    /** The merchant sees claims and conversions in the customer's audit trail. */
    private void assertAudited(Long customerId, CustomerAuditAction action, String detailStart) {
        List<CustomerAuditRecord> records = auditService.findRecords(customerId, 0, 10);
        assertTrue(records.stream().anyMatch(r -> r.getAction().equals(action.getType())
                && r.getDetail().startsWith(detailStart)), "audit trail of " + customerId + ": " + records.size());
    }

    @Test
    void anExpiredOrUnknownLinkMovesNothing() {
        String email = "expired-" + UUID.randomUUID() + "@example.com";
        Long guest = guestCheckout(email, "1 Main Street");
        Customer account = account(email);
        offer(account);
        String token = token(outbox.get(0));
        customers.jdbc().update("UPDATE CM_MAILED_TOKEN SET EXPIRES = ? WHERE SUBJECT_ID = ?",
                new Timestamp(System.currentTimeMillis() - 1000L), guest);

        assertEquals("expired", assertThrows(MailedLinkRefusedException.class,
                () -> claimService.confirmClaim(token, account)).getCode());
        assertEquals("unknown", assertThrows(MailedLinkRefusedException.class,
                () -> claimService.confirmClaim(token + "0", account)).getCode());
        assertEquals(1, orderCount(guest));
    }

    @Test
    void theMerchantConvertsAGuestIntoAnAccountThatSetsItsPasswordByMail() {
        String email = "convert-" + UUID.randomUUID() + "@example.com";
        Long guest = guestCheckout(email, "1 Main Street");

        conversionService.convertToAccount(guest, "http://shop.example/login/resetPassword");

        Customer account = customerService.readCustomerById(guest);
        assertEquals(email, account.getUsername());
        assertEquals(email, account.getEmailAddress());
        assertTrue(account.isRegistered());
        assertFalse(account.isDeactivated());
        assertFalse(((GuestCustomer) account).getGuestProfile().isGuest());
        assertEquals(1, orderCount(guest), "the orders stay with the profile, now an account");
        assertEquals(1, (int) customers.jdbc().queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER_PASSWORD_TOKEN WHERE CUSTOMER_ID = ?",
                Integer.class, guest), "Broadleaf's set-password token was issued");
        assertNull(guestProfileService.findGuestByContactEmail(email));
        assertEquals("notGuest", assertThrows(GuestConversionException.class,
                () -> conversionService.convertToAccount(guest, "http://shop.example/r")).getReason());
        assertAudited(guest, CustomerAuditAction.GUEST_CONVERTED, "Signs in as " + email);
        customers.jdbc().update("DELETE FROM BLC_CUSTOMER_PASSWORD_TOKEN WHERE CUSTOMER_ID = ?", guest);
    }

    @Test
    void aGuestWhoseEmailSignsInElsewhereIsNotConverted() {
        String email = "taken-" + UUID.randomUUID() + "@example.com";
        Long guest = guestCheckout(email, "1 Main Street");
        account(email.toUpperCase());

        assertEquals("emailInUse", assertThrows(GuestConversionException.class,
                () -> conversionService.convertToAccount(guest, "http://shop.example/r")).getReason());
        assertTrue(((GuestCustomer) customerService.readCustomerById(guest)).getGuestProfile().isGuest());
    }

    @Test
    void noOfferWithoutAGuestOfThatEmail() {
        assertFalse(offer(account("nobody-" + UUID.randomUUID() + "@example.com")));
        assertTrue(outbox.isEmpty());
    }

    @Test
    void aClaimLinkContainsNoValueThatIsStored() {
        String email = "hash-" + UUID.randomUUID() + "@example.com";
        Long guest = guestCheckout(email, "1 Main Street");
        offer(account(email));
        String token = token(outbox.get(0));
        String stored = customers.jdbc().queryForObject("SELECT TOKEN_HASH FROM CM_MAILED_TOKEN WHERE SUBJECT_ID = ?", String.class,
                guest);
        assertFalse(stored.equals(token), "only the token's hash is kept");
        assertEquals(MailedTokens.hash(token), stored);
    }

    private boolean offer(final Customer account) {
        return customers.inTransaction(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return claimService.offerClaim(account, "http://shop.example" + GuestClaimService.CLAIM_PATH);
            }
        });
    }

    private static String token(CustomerMail mail) {
        String url = (String) mail.getVariables().get("claimUrl");
        assertTrue(url.startsWith("http://shop.example" + GuestClaimService.CLAIM_PATH + "?token="), url);
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    private Customer account(String email) {
        return customers.registered(email);
    }

    private Long guestCheckout(String email, String street) {
        return checkouts.checkoutNewCart(new GuestContact(email).address(checkouts.address(street, "Springfield",
                "12345")));
    }

    private int orderCount(Long customerId) {
        return customers.count("BLC_ORDER WHERE CUSTOMER_ID = ?", customerId);
    }
}
