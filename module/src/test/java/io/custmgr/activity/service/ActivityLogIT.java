package io.custmgr.activity.service;

import io.custmgr.activity.domain.ActivityEvent;
import io.custmgr.activity.domain.ActivityEventTypeSetting;
import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.service.CustomerAddressService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events are logged after commit by the recorder's own thread, so every test commits for real, uses fresh customers
 * and deletes what it made.
 */
@BroadleafIntegrationTest
class ActivityLogIT {

    @Resource(name = "cmActivityRecorder")
    ActivityRecorder recorder;

    @Resource(name = "cmActivityLogService")
    ActivityLogService activityLogService;

    @Resource(name = "cmAbandonedCartDetector")
    AbandonedCartDetector abandonedCartDetector;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blCustomerAddressService")
    CustomerAddressService customerAddressService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entityConfiguration;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        jdbc = customers.jdbc();
        activityLogService.findOrCreateTypeSettings();
        jdbc.update("UPDATE CM_ACTIVITY_EVENT_TYPE SET IS_ENABLED = ?", Boolean.TRUE);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("UPDATE CM_ACTIVITY_EVENT_TYPE SET IS_ENABLED = ?", Boolean.TRUE);
        customers.deleteAll();
    }

    @Test
    void everyKnownTypeHasASwitchRow() {
        List<ActivityEventTypeSetting> settings = activityLogService.findOrCreateTypeSettings();
        assertEquals(ActivityEventType.all().size(), settings.size());
        assertEquals(ActivityEventType.all().size(), (int) jdbc.queryForObject(
                "SELECT COUNT(*) FROM CM_ACTIVITY_EVENT_TYPE", Integer.class));
    }

    @Test
    void registrationIsLoggedThroughBroadleafsHook() throws Exception {
        customers.ensureUserRole();
        final Customer customer = customerService.createCustomer();
        customer.setEmailAddress(uniqueEmail());
        customer.setUsername(customer.getEmailAddress());
        Customer registered = customerService.registerCustomer(customer, "Secret123", "Secret123");
        customers.track(registered);

        assertEquals(types(ActivityEventType.REGISTRATION), typesOf(registered.getId()));
    }

    @Test
    void passwordAndEmailChangesAreLoggedOnlyWhenCommitted() throws Exception {
        final Long id = savedCustomer().getId();
        final String newEmail = uniqueEmail();
        inTransaction(new Change() {
            public void apply() {
                Customer customer = customerService.readCustomerById(id);
                customer.setPassword("another-hash");
                customer.setEmailAddress(newEmail);
                customerService.saveCustomer(customer, false);
            }
        });
        customers.inTransaction(new TransactionCallback<Object>() {
            public Object doInTransaction(TransactionStatus status) {
                Customer customer = customerService.readCustomerById(id);
                customer.setPassword("rolled-back");
                customerService.saveCustomer(customer, false);
                status.setRollbackOnly();
                return null;
            }
        });

        List<ActivityEvent> events = events(id);
        assertEquals(types(ActivityEventType.EMAIL_CHANGE, ActivityEventType.PASSWORD_CHANGE), typesOf(events));
        ActivityEvent emailChange = find(events, ActivityEventType.EMAIL_CHANGE);
        assertTrue(emailChange.getDetail().endsWith(newEmail), emailChange.getDetail());
        assertNull(find(events, ActivityEventType.PASSWORD_CHANGE).getDetail(), "never the password");
    }

    @Test
    void addressesAddedEditedAndRemovedAreLogged() throws Exception {
        final Customer customer = savedCustomer();
        final Long[] ids = new Long[2];
        inTransaction(new Change() {
            public void apply() {
                CustomerAddress customerAddress = customerAddressService.create();
                customerAddress.setCustomer(customerService.readCustomerById(customer.getId()));
                customerAddress.setAddressName("Home");
                Address address = (Address) entityConfiguration.createEntityInstance(Address.class.getName());
                address.setAddressLine1("1 Main Street");
                address.setCity("Springfield");
                address.setPostalCode("12345");
                customerAddress.setAddress(address);
                CustomerAddress saved = customerAddressService.saveCustomerAddress(customerAddress);
                ids[0] = saved.getId();
                ids[1] = saved.getAddress().getId();
            }
        });
        inTransaction(new Change() {
            public void apply() {
                CustomerAddress saved = customerAddressService.readCustomerAddressById(ids[0]);
                saved.getAddress().setCity("Shelbyville");
            }
        });

        List<ActivityEvent> events = events(customer.getId());
        assertEquals(2, events.size());
        assertEquals("Address changed", events.get(0).getDetail(), "found through the customer address");
        assertEquals("Address added: Home", events.get(1).getDetail());
    }

    @Test
    void aSubmittedOrderIsLoggedOnceWithItsNumber() throws Exception {
        final Customer customer = savedCustomer();
        final Long[] orderId = new Long[1];
        inTransaction(new Change() {
            public void apply() {
                Order order = orderService.createNewCartForCustomer(customerService.readCustomerById(customer.getId()));
                orderId[0] = order.getId();
            }
        });
        for (int i = 0; i < 2; i++) { // the second save leaves the status as it is
            inTransaction(new Change() {
                public void apply() {
                    Order order = orderService.findOrderById(orderId[0]);
                    order.setStatus(OrderStatus.SUBMITTED);
                    order.setOrderNumber("R-" + orderId[0]);
                }
            });
        }

        List<ActivityEvent> events = events(customer.getId());
        assertEquals(types(ActivityEventType.ORDER_PLACED), typesOf(events));
        assertEquals("Order R-" + orderId[0], events.get(0).getDetail());
        assertEquals(orderId[0], events.get(0).getReferenceId());
    }

    @Test
    void aDisabledTypeIsNotLogged() throws Exception {
        Long id = savedCustomer().getId();
        jdbc.update("UPDATE CM_ACTIVITY_EVENT_TYPE SET IS_ENABLED = ? WHERE TYPE_CODE = 'LOGIN'", Boolean.FALSE);
        recorder.record(recorder.draft(ActivityEventType.LOGIN).customer(id));
        recorder.record(recorder.draft(ActivityEventType.LOGOUT).customer(id));

        assertEquals(types(ActivityEventType.LOGOUT), typesOf(id));
    }

    @Test
    void aFailedLoginFindsTheCustomerByUserNameAndUnknownNamesAreDropped() throws Exception {
        Customer customer = savedCustomer();
        recorder.record(recorder.draft(ActivityEventType.LOGIN_FAILED).customerByUsername(customer.getUsername())
                .detail("BadCredentialsException"));
        recorder.record(recorder.draft(ActivityEventType.LOGIN_FAILED).customerByUsername("nobody-" + uniqueEmail()));

        assertEquals(types(ActivityEventType.LOGIN_FAILED), typesOf(customer.getId()));
        assertEquals(0, recorder.getDroppedCount(), "an unknown user name is not a failure of the log");
    }

    @Test
    void anOpenCartLeftAloneIsLoggedAsAbandonedOnce() throws Exception {
        final Customer customer = savedCustomer();
        final Long[] orderId = new Long[1];
        inTransaction(new Change() {
            public void apply() {
                orderId[0] = orderService.createNewCartForCustomer(
                        customerService.readCustomerById(customer.getId())).getId();
            }
        });
        jdbc.update("INSERT INTO BLC_ORDER_ITEM (ORDER_ITEM_ID, ORDER_ID, QUANTITY, NAME) VALUES (?, ?, 2, 'Hot sauce')",
                orderId[0] + 7000000000L, orderId[0]);
        Timestamp twoDaysAgo = new Timestamp(System.currentTimeMillis() - 48L * 3600000L);
        jdbc.update("UPDATE BLC_ORDER SET DATE_UPDATED = ? WHERE ORDER_ID = ?", twoDaysAgo, orderId[0]);

        assertTrue(abandonedCartDetector.logAbandonedCarts() >= 1);
        abandonedCartDetector.logAbandonedCarts();

        List<ActivityEvent> events = events(customer.getId());
        assertEquals(types(ActivityEventType.CART_ABANDONED), typesOf(events));
        assertEquals(orderId[0], events.get(0).getReferenceId());
        assertEquals("1 item", events.get(0).getDetail());
        assertEquals(twoDaysAgo.getTime() / 1000, events.get(0).getEventTime().getTime() / 1000);
    }

    @Test
    void theLogIsReadNewestFirstInPages() throws Exception {
        Long id = savedCustomer().getId();
        long now = System.currentTimeMillis();
        for (int i = 0; i < 5; i++) {
            recorder.record(new ActivityEventDraft(ActivityEventType.LOGIN, new java.util.Date(now - i * 60000L))
                    .customer(id).detail("#" + i));
        }
        assertTrue(recorder.flush(10000));

        List<ActivityEvent> page = activityLogService.findEvents(id, 1, 2);
        assertEquals("#1", page.get(0).getDetail());
        assertEquals("#2", page.get(1).getDetail());
        assertEquals(5, activityLogService.countEvents(id));
    }

    interface Change {
        void apply();
    }

    private void inTransaction(final Change change) {
        customers.inTransaction(new Runnable() {
            @Override
            public void run() {
                change.apply();
            }
        });
    }

    private Customer savedCustomer() {
        return customers.registered(uniqueEmail());
    }

    private List<ActivityEvent> events(Long customerId) throws InterruptedException {
        assertTrue(recorder.flush(10000));
        return activityLogService.findEvents(customerId, 0, 100);
    }

    private List<String> typesOf(Long customerId) throws InterruptedException {
        return typesOf(events(customerId));
    }

    private static List<String> typesOf(List<ActivityEvent> events) {
        List<String> types = new ArrayList<String>();
        for (ActivityEvent event : events) {
            types.add(event.getEventType());
        }
        java.util.Collections.sort(types);
        return types;
    }

    private static List<String> types(ActivityEventType... types) {
        List<String> codes = new ArrayList<String>();
        for (ActivityEventType type : types) {
            codes.add(type.getType());
        }
        java.util.Collections.sort(codes);
        return codes;
    }

    private static ActivityEvent find(List<ActivityEvent> events, ActivityEventType type) {
        for (ActivityEvent event : events) {
            if (type.getType().equals(event.getEventType())) {
                return event;
            }
        }
        assertFalse(true, "no " + type + " event");
        return null;
    }

    private static String uniqueEmail() {
        return "activity-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }
}
