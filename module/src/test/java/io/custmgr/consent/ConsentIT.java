package io.custmgr.consent;

import io.custmgr.consent.domain.ConsentRecord;
import io.custmgr.consent.service.ConsentOrigin;
import io.custmgr.consent.service.ConsentService;
import io.custmgr.consent.type.ConsentKind;
import io.custmgr.consent.type.ConsentSource;
import io.custmgr.customer.profile.domain.ProfiledCustomer;
import io.custmgr.merge.service.CustomerMergeService;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeRequest;
import io.custmgr.privacy.service.PersonalDataErasureService;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import io.custmgr.test.SignedInAdmin;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@BroadleafIntegrationTest
class ConsentIT {

    @Resource(name = "cmConsentService")
    ConsentService consentService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "cmCustomerMergeService")
    CustomerMergeService mergeService;

    @Resource(name = "cmPersonalDataErasureService")
    PersonalDataErasureService erasureService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;
    final SignedInAdmin admin = new SignedInAdmin();

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
    }

    @AfterEach
    void cleanUp() {
        admin.signOut();
        customers.deleteAll();
    }

    @Test
    void registeringThroughBroadleafsCustomerServiceRecordsBothStatesFromTheStorefront() {
        request("/register", "203.0.113.9");
        Long id = customers.registered("consent-register@example.com").getId();

        List<ConsentRecord> records = consentService.findConsents(id, 10);
        assertEquals(2, records.size(), "the newsletter opt-in and Broadleaf's Receive Email");
        ConsentRecord newsletter = find(records, ConsentKind.NEWSLETTER);
        assertFalse(newsletter.isGranted(), "the opt-in is off until the customer opts in");
        assertEquals(ConsentSource.REGISTRATION.name(), newsletter.getSource());
        assertEquals("203.0.113.9", newsletter.getIpAddress());
        assertNull(newsletter.getAdminUserId());
        ConsentRecord receiveEmail = find(records, ConsentKind.RECEIVE_EMAIL);
        assertTrue(receiveEmail.isGranted(), "Broadleaf's default for a new customer");
        assertEquals(ConsentSource.REGISTRATION.name(), receiveEmail.getSource());
    }

    @Test
    void everyChangeOnAnyPathIsRecordedWithItsSourceAndAnUnchangedSaveRecordsNothing() {
        Long id = customers.registered("consent-paths@example.com").getId();
        int registration = consentService.findConsents(id, 10).size();

        request("/account/profile", "198.51.100.4");
        change(id, true, true); // the newsletter on, Receive Email unchanged
        request("/checkout/complete", "198.51.100.5");
        change(id, true, false);
        RequestContextHolder.resetRequestAttributes();
        change(id, false, false);
        admin.signIn();
        change(id, true, false);
        change(id, true, false); // a save that changes no consent

        List<ConsentRecord> records = consentService.findConsents(id, 20);
        assertEquals(registration + 4, records.size(), "one record per change: " + records.size());
        ConsentRecord byAdmin = records.get(0);
        assertEquals(ConsentKind.NEWSLETTER, byAdmin.getKind());
        assertTrue(byAdmin.isGranted());
        assertEquals(ConsentSource.ADMIN.name(), byAdmin.getSource());
        assertEquals(Long.valueOf(7L), byAdmin.getAdminUserId());
        assertEquals("10.0.0.7", byAdmin.getIpAddress());
        ConsentRecord hostCode = records.get(1);
        assertEquals(ConsentKind.NEWSLETTER, hostCode.getKind());
        assertFalse(hostCode.isGranted());
        assertEquals(ConsentSource.HOST_CODE.name(), hostCode.getSource());
        assertNull(hostCode.getIpAddress());
        ConsentRecord checkout = records.get(2);
        assertEquals(ConsentKind.RECEIVE_EMAIL, checkout.getKind());
        assertFalse(checkout.isGranted());
        assertEquals(ConsentSource.CHECKOUT.name(), checkout.getSource());
        assertEquals("198.51.100.5", checkout.getIpAddress());
        ConsentRecord account = records.get(3);
        assertEquals(ConsentKind.NEWSLETTER, account.getKind());
        assertTrue(account.isGranted());
        assertEquals(ConsentSource.ACCOUNT_PAGE.name(), account.getSource());
        assertEquals("198.51.100.4", account.getIpAddress());
    }

    @Test
    void aRolledBackChangeLeavesNoRecordAndAGuestsFirstSaveRecordsNothing() {
        final Long id = customers.registered("consent-rollback@example.com").getId();
        int before = consentService.findConsents(id, 10).size();
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                Customer customer = customerService.readCustomerById(id);
                ((ProfiledCustomer) customer).getCustomerProfile().setNewsletterOptIn(true);
                customerService.saveCustomer(customer, false);
                status.setRollbackOnly();
            }
        });
        assertEquals(before, consentService.findConsents(id, 10).size());

        Long guest = customers.ownerOf(customers.anonymousCart());
        assertEquals(0, consentService.findConsents(guest, 10).size(), "an anonymous cart is no consent");
    }

    @Test
    void otherKindsAreRecordedThroughTheServiceInTheCallersTransaction() {
        final Long id = customers.registered("consent-api@example.com").getId();
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                consentService.record(id, "PROFILING", true, null);
                consentService.record(id, "SMS", false, new ConsentOrigin(ConsentSource.HOST_CODE, null, null));
            }
        });
        List<ConsentRecord> records = consentService.findConsents(id, 10);
        ConsentRecord profiling = find(records, "PROFILING");
        assertTrue(profiling.isGranted());
        assertEquals(ConsentSource.ACCOUNT_PAGE.name(), profiling.getSource(), "a storefront request is bound");
        assertFalse(find(records, "SMS").isGranted());
        assertThrows(RuntimeException.class, () -> consentService.record(id, "PROFILING", true, null),
                "outside a transaction");
        assertThrows(IllegalArgumentException.class, () -> new TransactionTemplate(transactionManager).execute(
                status -> consentService.record(id, "A_KIND_NAME_LONGER_THAN_32_CHARACTERS", true, null)));
    }

    @Test
    void mergeMovesTheAbsorbedCustomersConsentsAndErasureDeletesThem() {
        Long survivor = customers.registered("consent-survivor@example.com").getId();
        Customer absorbedCustomer = customers.registered("consent-absorbed@example.com");
        Long absorbed = absorbedCustomer.getId();
        change(absorbed, true, true);
        int moving = consentService.findConsents(absorbed, 10).size();
        int staying = consentService.findConsents(survivor, 10).size();

        mergeService.merge(new MergeRequest(survivor, absorbed, MergeChoices.SURVIVOR_WINS,
                absorbedCustomer.getEmailAddress()));

        assertEquals(0, consentService.findConsents(absorbed, 10).size());
        assertEquals(moving + staying, consentService.findConsents(survivor, 10).size());

        erasureService.erase(survivor, false, "consents in a test");
        assertEquals(0, customers.count("CM_CONSENT WHERE CUSTOMER_ID = ?", survivor),
                "an erased customer holds no consent; its flags are off");
    }

    private void change(final Long id, final boolean newsletter, final boolean receiveEmail) {
        customers.inTransaction(new Runnable() {
            @Override
            public void run() {
                Customer customer = customerService.readCustomerById(id);
                ((ProfiledCustomer) customer).getCustomerProfile().setNewsletterOptIn(newsletter);
                customer.setReceiveEmail(receiveEmail);
                customerService.saveCustomer(customer, false);
            }
        });
    }

    private static void request(String uri, String ip) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setRemoteAddr(ip);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static ConsentRecord find(List<ConsentRecord> records, String kind) {
        for (ConsentRecord record : records) {
            if (kind.equals(record.getKind())) {
                return record;
            }
        }
        throw new AssertionError("no " + kind + " record in " + records.size());
    }
}
