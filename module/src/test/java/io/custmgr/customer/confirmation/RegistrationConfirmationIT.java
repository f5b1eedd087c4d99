package io.custmgr.customer.confirmation;

import io.custmgr.audit.domain.CustomerAuditRecord;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailKind;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.customer.confirmation.checkout.ConfirmedEmailActivity;
import io.custmgr.customer.confirmation.checkout.EmailNotConfirmedException;
import io.custmgr.customer.confirmation.security.UnconfirmedCustomerUserDetails;
import io.custmgr.customer.confirmation.service.ConfirmationRequirement;
import io.custmgr.customer.confirmation.service.RegistrationConfirmationObserver;
import io.custmgr.customer.confirmation.service.RegistrationConfirmationService;
import io.custmgr.customer.confirmation.service.RegistrationConfirmationService.ResendOutcome;
import io.custmgr.customer.confirmation.service.RegistrationConfirmationServiceImpl;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.dao.SaltSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registration with e-mail confirmation through Broadleaf's own services, as host code and Broadleaf's controllers use
 * them: {@code registerCustomer}, the user-details lookup Spring Security signs in with, and the checkout workflow.
 * Registrations commit for real (the mail goes after commit); every test cleans up what it made.
 */
@BroadleafIntegrationTest
class RegistrationConfirmationIT {

    static final String SHOP = "http://shop.example";
    static final String PASSWORD = "Secret123";

    @Resource(name = "cmRegistrationConfirmation")
    RegistrationConfirmationService confirmation;

    @Resource(name = "cmRegistrationConfirmationObserver")
    RegistrationConfirmationObserver observer;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blCheckoutService")
    CheckoutService checkoutService;

    @Resource(name = "blCheckoutWorkflow")
    SequenceProcessor checkoutWorkflow;

    @Resource(name = "blUserDetailsService")
    UserDetailsService userDetailsService;

    @Resource(name = "cmCustomerAuditService")
    CustomerAuditService auditService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource
    ApplicationContext context;

    CommittedCustomers customers;
    RegistrationConfirmationServiceImpl target;
    CustomerMailer realMailer;
    ConfirmationRequirement realRequirement;
    Object realStorefrontUrl;
    final List<CustomerMail> outbox = new ArrayList<CustomerMail>();

    @BeforeEach
    void setUp() throws Exception {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        customers.ensureUserRole();
        target = (RegistrationConfirmationServiceImpl) ((Advised) confirmation).getTargetSource().getTarget();
        realMailer = (CustomerMailer) ReflectionTestUtils.getField(target, "mailer");
        realRequirement = target.getRequirement();
        realStorefrontUrl = ReflectionTestUtils.getField(observer, "storefrontUrl");
        ReflectionTestUtils.setField(target, "mailer", new CustomerMailer() {
            @Override
            public boolean send(CustomerMail mail) {
                outbox.add(mail);
                return true;
            }
        });
        ReflectionTestUtils.setField(observer, "storefrontUrl", SHOP + "/");
        target.setRequirement(ConfirmationRequirement.CHECKOUT);
    }

    @AfterEach
    void cleanUp() {
        ReflectionTestUtils.setField(target, "mailer", realMailer);
        ReflectionTestUtils.setField(observer, "storefrontUrl", realStorefrontUrl);
        target.setRequirement(realRequirement);
        customers.deleteAll();
    }

    @Test
    void aRegistrationIsMailedALinkAndWaitsForIt() {
        String email = email("pending");
        Customer account = register(email);

        assertTrue(confirmation.isPending(account.getId()));
        assertEquals(1, outbox.size());
        CustomerMail mail = outbox.get(0);
        assertEquals(email, mail.getTo());
        assertEquals(RegistrationConfirmationService.MAIL_TEMPLATE, mail.getTemplate());
        assertEquals(MailKind.REGISTRATION_CONFIRMATION.getType(), mail.getVariables().get(CustomerMail.KIND_VARIABLE));
        assertEquals(1, confirmation.findState(account.getId()).getSentCount());
        assertTrue(confirmation.maySignIn(account.getId()), "checkout: signing in is allowed");
        assertFalse(confirmation.mayCheckOut(account.getId()));
    }

    @Test
    void theLinkConfirmsOnceWhoeverFollowsItSignedOutButNotAnotherAccount() {
        Customer account = register(email("link"));
        Customer stranger = customers.registered(email("stranger"));
        String token = token(outbox.get(0));

        assertEquals("otherAccount", assertThrows(MailedLinkRefusedException.class,
                () -> confirmation.confirm(token, stranger.getId())).getCode());
        assertTrue(confirmation.isPending(account.getId()), "refused: still pending");

        assertEquals(account.getId().longValue(), confirmation.confirm(token, null));
        assertFalse(confirmation.isPending(account.getId()));
        assertNotNull(confirmation.findState(account.getId()).getConfirmed());
        assertTrue(confirmation.mayCheckOut(account.getId()));
        assertEquals(1, audited(account.getId(), CustomerAuditAction.EMAIL_CONFIRMED));

        assertEquals("used", assertThrows(MailedLinkRefusedException.class,
                () -> confirmation.confirm(token, null)).getCode());
        assertEquals("unknown", assertThrows(MailedLinkRefusedException.class,
                () -> confirmation.confirm(token + "x", null)).getCode());
    }

    @Test
    void signInRefusesAPendingAccountOnlyAfterItsPasswordAndOnlyWhenTheSettingSaysSo() {
        String email = email("signin");
        Customer account = register(email);
        DaoAuthenticationProvider provider = provider();

        Authentication signedIn = provider.authenticate(new UsernamePasswordAuthenticationToken(email, PASSWORD));
        assertTrue(signedIn.isAuthenticated(), "checkout setting: a pending account signs in");

        target.setRequirement(ConfirmationRequirement.SIGN_IN);
        UserDetails user = userDetailsService.loadUserByUsername(email.toUpperCase());
        assertTrue(user instanceof UnconfirmedCustomerUserDetails);
        assertFalse(user.isCredentialsNonExpired());
        assertThrows(BadCredentialsException.class,
                () -> provider.authenticate(new UsernamePasswordAuthenticationToken(email, "wrong-password")),
                "a wrong password is just a wrong password");
        CredentialsExpiredException refused = assertThrows(CredentialsExpiredException.class,
                () -> provider.authenticate(new UsernamePasswordAuthenticationToken(email, PASSWORD)));
        assertTrue(UnconfirmedCustomerUserDetails.in(refused));

        confirmation.confirm(token(outbox.get(0)), null);
        assertTrue(provider.authenticate(new UsernamePasswordAuthenticationToken(email, PASSWORD)).isAuthenticated());
    }

    @Test
    void theCheckoutWorkflowPlacesNoOrderOfAPendingAccount() throws Exception {
        Activity<?> first = checkoutWorkflow.getActivities().get(0);
        assertTrue(first instanceof ConfirmedEmailActivity, "first activity, before payment: " + first);

        Customer account = register(email("checkout"));
        final Long cartId = customers.inTransaction(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                return orderService.createNewCartForCustomer(customerService.readCustomerById(account.getId()))
                        .getId();
            }
        });
        CheckoutException refused = assertThrows(CheckoutException.class,
                () -> checkoutService.performCheckout(orderService.findOrderById(cartId)));
        assertTrue(EmailNotConfirmedException.in(refused), String.valueOf(refused));
        Order cart = orderService.findOrderById(cartId);
        assertEquals(OrderStatus.IN_PROCESS.getType(), cart.getStatus().getType());
        assertNull(cart.getOrderNumber());

        target.setRequirement(ConfirmationRequirement.NONE);
        assertTrue(confirmation.mayCheckOut(account.getId()), "the setting switched off frees pending accounts");
    }

    @Test
    void resendingIsThrottledAndTheLoginPagesFormTellsNothing() {
        String email = email("resend");
        Customer account = register(email);
        outbox.clear();

        confirmation.resendByLogin("nobody-" + UUID.randomUUID() + "@example.com", SHOP + "/register/confirm");
        confirmation.resendByLogin(email.toUpperCase(), SHOP + "/register/confirm");
        assertTrue(outbox.isEmpty(), "unknown address, and a link mailed less than a minute ago");
        assertSame(ResendOutcome.TOO_SOON, confirmation.resend(account.getId(), SHOP + "/register/confirm"));

        backdateLastSent(account.getId());
        confirmation.resendByLogin(" " + email.toUpperCase() + " ", SHOP + "/register/confirm");
        assertEquals(1, outbox.size());
        assertEquals(email, outbox.get(0).getTo());

        backdateLastSent(account.getId());
        assertSame(ResendOutcome.SENT, confirmation.resend(account.getId(), SHOP + "/register/confirm"));
        assertEquals(1, audited(account.getId(), CustomerAuditAction.EMAIL_CONFIRMATION_RESENT));
        assertEquals(3, confirmation.findState(account.getId()).getSentCount());

        confirmation.confirm(token(outbox.get(1)), account.getId());
        assertSame(ResendOutcome.NOT_PENDING, confirmation.resend(account.getId(), SHOP + "/register/confirm"));
        assertEquals("used", assertThrows(MailedLinkRefusedException.class,
                () -> confirmation.confirm(token(outbox.get(1)), null)).getCode());
    }

    @Test
    void withTheSettingOffNothingIsAskedAndAccountsTheMerchantCreatesAreNeverPending() {
        target.setRequirement(ConfirmationRequirement.NONE);
        Customer registered = register(email("off"));
        Customer created = customers.registered(email("admin-made"));
        target.setRequirement(ConfirmationRequirement.SIGN_IN);

        assertTrue(outbox.isEmpty());
        assertNull(confirmation.findState(registered.getId()));
        assertTrue(confirmation.maySignIn(registered.getId()));
        assertTrue(confirmation.maySignIn(created.getId()));
        assertTrue(confirmation.mayCheckOut(created.getId()));
    }

    private Customer register(final String email) {
        return customers.track(customers.inTransaction(new TransactionCallback<Customer>() {
            @Override
            public Customer doInTransaction(TransactionStatus status) {
                Customer customer = customerService.createCustomer();
                customer.setEmailAddress(email);
                customer.setUsername(email);
                customer.setFirstName("Ann");
                return customerService.registerCustomer(customer, PASSWORD, PASSWORD);
            }
        }));
    }

    private DaoAuthenticationProvider provider() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider();
        provider.setUserDetailsService(userDetailsService);
        provider.setPasswordEncoder(context.getBean("blPasswordEncoder"));
        if (context.containsBean("blSaltSource")) {
            provider.setSaltSource(context.getBean("blSaltSource", SaltSource.class));
        }
        return provider;
    }

    private void backdateLastSent(Long customerId) {
        customers.jdbc().update("UPDATE CM_EMAIL_CONFIRMATION SET LAST_SENT = ? WHERE CUSTOMER_ID = ?",
                new Timestamp(System.currentTimeMillis() - 120000L), customerId);
    }

    private long audited(Long customerId, CustomerAuditAction action) {
        long count = 0;
        for (CustomerAuditRecord record : auditService.findRecords(customerId, 0, 100)) {
            count += action.getType().equals(record.getAction()) ? 1 : 0;
        }
        return count;
    }

    private static String token(CustomerMail mail) {
        String url = (String) mail.getVariables().get("confirmUrl");
        // the registration's own request (the test harness has one) or the storefront setting names the origin
        assertTrue(url.matches("https?://[^/]+" + RegistrationConfirmationService.CONFIRM_PATH + "\\?token=[0-9a-f]{64}"),
                url);
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    private static String email(String what) {
        return what + "-" + UUID.randomUUID() + "@example.com";
    }
}
