package io.custmgr.audit;

import io.custmgr.audit.domain.CustomerAuditRecord;
import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.AuditActorSource;
import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.customer.profile.domain.ProfiledCustomer;
import io.custmgr.group.domain.CustomerGroup;
import io.custmgr.group.domain.GroupedCustomer;
import io.custmgr.group.service.CustomerGroupService;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.service.CustomerAddressService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@BroadleafIntegrationTest
class CustomerAuditIT {

    private static final AuditActor ALICE = AuditActor.admin(7L, "alice", "10.0.0.7");

    @Resource(name = "cmCustomerAuditService")
    CustomerAuditService auditService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blCustomerAddressService")
    CustomerAddressService customerAddressService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entityConfiguration;

    @Resource(name = "cmCustomerGroupService")
    CustomerGroupService groupService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;
    AuditActor signedInAdmin = ALICE;
    final AuditActorSource admins = new AuditActorSource() {
        @Override
        public AuditActor currentAdmin() {
            return signedInAdmin;
        }
    };

    @BeforeEach
    void signInAdmin() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        ListenerBridge.register(AuditActorSource.class, admins);
    }

    @AfterEach
    void cleanUp() {
        ListenerBridge.unregister(AuditActorSource.class, admins);
        customers.deleteAll();
    }

    @Test
    void adminFieldChangesAreRecordedFieldByFieldWithWhoAndWhere() {
        final Long id = existing("fields@example.com").getId();
        change(new Change() {
            public void on(Customer customer) {
                customer.setFirstName("Ann");
                ((ProfiledCustomer) customer).getCustomerProfile().setCompany("Acme <b>Ltd</b>");
            }
        }, id);
        change(new Change() {
            public void on(Customer customer) {
                customer.setFirstName("Anne");
            }
        }, id);

        List<CustomerAuditRecord> records = auditService.findRecords(id, 0, 10);
        assertEquals(3, records.size());
        CustomerAuditRecord newest = records.get(0);
        assertEquals("firstName", newest.getField());
        assertEquals("Ann", newest.getOldValue());
        assertEquals("Anne", newest.getNewValue());
        assertEquals("alice", newest.getActorName());
        assertEquals(Long.valueOf(7L), newest.getAdminUserId());
        assertEquals("10.0.0.7", newest.getIpAddress());
        assertEquals(CustomerAuditAction.FIELD_CHANGED.getType(), newest.getAction());
        CustomerAuditRecord company = find(records, "customerProfile.company");
        assertNull(company.getOldValue());
        assertEquals("Acme <b>Ltd</b>", company.getNewValue(), "stored as typed; the admin grid escapes it");
        assertEquals(3, auditService.countRecords(id));
    }

    @Test
    void passwordChangeIsAnEventWithoutTheValue() {
        final Long id = existing("password@example.com").getId();
        change(new Change() {
            public void on(Customer customer) {
                customer.setPassword("new-hash-value");
            }
        }, id);

        List<CustomerAuditRecord> records = auditService.findRecords(id, 0, 10);
        assertEquals(1, records.size());
        CustomerAuditRecord record = records.get(0);
        assertEquals(CustomerAuditAction.PASSWORD_CHANGED.getType(), record.getAction());
        assertNull(record.getOldValue());
        assertNull(record.getNewValue());
        assertEquals(0, customers.count("CM_CUSTOMER_AUDIT WHERE OLD_VALUE LIKE ? OR NEW_VALUE LIKE ?",
                "%hash%", "%hash%"));
    }

    @Test
    void disableAndEnableAreTheirOwnActions() {
        final Long id = existing("disable@example.com").getId();
        for (final boolean deactivated : new boolean[] { true, false }) {
            change(new Change() {
                public void on(Customer customer) {
                    customer.setDeactivated(deactivated);
                }
            }, id);
        }

        List<CustomerAuditRecord> records = auditService.findRecords(id, 0, 10);
        assertEquals(CustomerAuditAction.ACCOUNT_ENABLED.getType(), records.get(0).getAction());
        assertEquals(CustomerAuditAction.ACCOUNT_DISABLED.getType(), records.get(1).getAction());
        assertEquals(2, records.size());
    }

    @Test
    void aRolledBackChangeLeavesNoRecord() {
        final Long id = existing("rollback@example.com").getId();
        assertThrows(IllegalStateException.class, new org.junit.jupiter.api.function.Executable() {
            public void execute() {
                customers.inTransaction(new Runnable() {
                    public void run() {
                        customerService.readCustomerById(id).setLastName("Never");
                        customerService.saveCustomer(customerService.readCustomerById(id), false);
                        throw new IllegalStateException("the admin's save failed later on");
                    }
                });
            }
        });

        assertEquals(0, auditService.countRecords(id));
    }

    @Test
    void changesWithoutAnAdminAreNotAuditedHere() {
        final Long id = existing("shopper@example.com").getId();
        signedInAdmin = null; // the storefront: the activity log has the shopper's own changes
        change(new Change() {
            public void on(Customer customer) {
                customer.setFirstName("Self-service");
            }
        }, id);

        assertEquals(0, auditService.countRecords(id));
    }

    @Test
    void addressesAddedChangedAndRemovedAreRecordedOnTheirCustomer() {
        final Long id = existing("addresses@example.com").getId();
        final Long customerAddressId = customers.inTransaction(new TransactionCallback<Long>() {
            public Long doInTransaction(TransactionStatus status) {
                CustomerAddress customerAddress = customerAddressService.create();
                customerAddress.setCustomer(customerService.readCustomerById(id));
                customerAddress.setAddressName("Home");
                Address address = (Address) entityConfiguration.createEntityInstance(Address.class.getName());
                address.setAddressLine1("1 Main Street");
                address.setCity("Springfield");
                address.setPostalCode("12345");
                customerAddress.setAddress(address);
                return customerAddressService.saveCustomerAddress(customerAddress).getId();
            }
        });
        customers.inTransaction(new Runnable() {
            public void run() {
                customerAddressService.readCustomerAddressById(customerAddressId).getAddress().setCity("Shelbyville");
            }
        });
        customers.inTransaction(new Runnable() {
            public void run() {
                customerAddressService.deleteCustomerAddressById(customerAddressId);
            }
        });

        List<CustomerAuditRecord> records = auditService.findRecords(id, 0, 10);
        assertEquals(3, records.size(), actions(records).toString());
        assertEquals(CustomerAuditAction.ADDRESS_REMOVED.getType(), records.get(0).getAction());
        CustomerAuditRecord changed = records.get(1);
        assertEquals(CustomerAuditAction.ADDRESS_CHANGED.getType(), changed.getAction());
        assertEquals("address.city", changed.getField());
        assertEquals("Springfield", changed.getOldValue());
        assertEquals("Shelbyville", changed.getNewValue());
        assertEquals("Home", changed.getDetail(), "which of the customer's addresses");
        assertEquals(CustomerAuditAction.ADDRESS_ADDED.getType(), records.get(2).getAction());
        assertTrue(records.get(2).getDetail().startsWith("Home: 1 Main Street, 12345 Springfield"),
                records.get(2).getDetail());
    }

    @Test
    void listChangesNameWhatWasAddedAndRemoved() {
        final Long id = existing("lists@example.com").getId();
        change(new Change() {
            public void on(Customer customer) {
                CustomerAttribute attribute = (CustomerAttribute) entityConfiguration
                        .createEntityInstance(CustomerAttribute.class.getName());
                attribute.setName("loyaltyTier");
                attribute.setValue("gold");
                attribute.setCustomer(customer);
                customer.getCustomerAttributes().put("loyaltyTier", attribute);
            }
        }, id);

        List<CustomerAuditRecord> records = auditService.findRecords(id, 0, 10);
        assertEquals(1, records.size(), actions(records).toString());
        assertEquals("customerAttributes", records.get(0).getField());
        assertNull(records.get(0).getOldValue());
        assertEquals("loyaltyTier", records.get(0).getNewValue());
    }

    @Test
    void groupChangesNameTheGroupsAddedAndRemoved() {
        final Long id = existing("groups@example.com").getId();
        final Long[] groups = customers.inTransaction(new TransactionCallback<Long[]>() {
            public Long[] doInTransaction(TransactionStatus status) {
                return new Long[] {newGroup("Wholesale " + id), newGroup("VIP " + id)};
            }
        });
        change(new Change() {
            public void on(Customer customer) {
                ((GroupedCustomer) customer).getCustomerGroups().add(groupService.findGroupById(groups[0]));
            }
        }, id);
        change(new Change() {
            public void on(Customer customer) {
                Set<CustomerGroup> current = ((GroupedCustomer) customer).getCustomerGroups();
                current.clear();
                current.add(groupService.findGroupById(groups[1]));
            }
        }, id);

        List<CustomerAuditRecord> records = auditService.findRecords(id, 0, 10);
        customers.inTransaction(new Runnable() {
            public void run() {
                groupService.deleteGroup(groups[0]);
                groupService.deleteGroup(groups[1]);
            }
        });
        assertEquals(2, records.size(), actions(records).toString());
        assertEquals(CustomerAuditAction.GROUPS_CHANGED.getType(), records.get(0).getAction());
        assertEquals("Wholesale " + id, records.get(0).getOldValue());
        assertEquals("VIP " + id, records.get(0).getNewValue());
        assertNull(records.get(1).getOldValue());
        assertEquals("Wholesale " + id, records.get(1).getNewValue());
    }

    private Long newGroup(String name) {
        CustomerGroup group = groupService.createGroup();
        group.setName(name);
        return groupService.saveGroup(group).getId();
    }

    @Test
    void explicitRecordsNameTheShopperOnARequestAndTheSystemOtherwise() {
        final Long id = existing("explicit@example.com").getId();
        signedInAdmin = null;
        RequestAttributes harnessRequest = RequestContextHolder.getRequestAttributes();
        MockHttpServletRequest shopperRequest = new MockHttpServletRequest();
        shopperRequest.setRemoteAddr("203.0.113.9");
        try {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(shopperRequest));
            recordClaim(id, "by the shopper");
            RequestContextHolder.resetRequestAttributes();
            recordClaim(id, "by a job");
        } finally {
            RequestContextHolder.setRequestAttributes(harnessRequest);
        }

        List<CustomerAuditRecord> records = auditService.findRecords(id, 0, 10);
        assertEquals(2, records.size());
        CustomerAuditRecord job = find(records, "by a job");
        assertEquals(AuditActor.SYSTEM, job.getActorKind());
        assertNull(job.getIpAddress());
        CustomerAuditRecord shopper = find(records, "by the shopper");
        assertEquals(AuditActor.CUSTOMER, shopper.getActorKind());
        assertEquals("203.0.113.9", shopper.getIpAddress());
    }

    private void recordClaim(final Long customerId, final String detail) {
        customers.inTransaction(new Runnable() {
            public void run() {
                auditService.record(CustomerAuditEntry.of(customerId, CustomerAuditAction.GUEST_ORDERS_CLAIMED,
                        detail));
            }
        });
    }

    /** A customer that existed before the admin signed in (its creation is not part of the test). */
    private Customer existing(String email) {
        AuditActor admin = signedInAdmin;
        signedInAdmin = null;
        try {
            return customers.registered(email);
        } finally {
            signedInAdmin = admin;
        }
    }

    @Test
    void aCustomerCreatedByAnAdminIsRecorded() {
        Long id = customers.registered("created@example.com").getId();

        List<CustomerAuditRecord> records = auditService.findRecords(id, 0, 10);
        assertEquals(1, records.size(), actions(records).toString());
        assertEquals(CustomerAuditAction.CUSTOMER_CREATED.getType(), records.get(0).getAction());
        assertEquals("created@example.com", records.get(0).getDetail());
    }

    private interface Change {
        void on(Customer customer);
    }

    private void change(final Change change, final Long customerId) {
        customers.inTransaction(new Runnable() {
            public void run() {
                Customer customer = customerService.readCustomerById(customerId);
                change.on(customer);
                customerService.saveCustomer(customer, false);
            }
        });
    }

    private static CustomerAuditRecord find(List<CustomerAuditRecord> records, String field) {
        for (CustomerAuditRecord record : records) {
            if (field.equals(record.getField()) || field.equals(record.getDetail())) {
                return record;
            }
        }
        throw new AssertionError("no record for " + field + " in " + actions(records));
    }

    private static List<String> actions(List<CustomerAuditRecord> records) {
        List<String> actions = new ArrayList<String>();
        for (CustomerAuditRecord record : records) {
            actions.add(record.getAction() + ":" + record.getField());
        }
        return actions;
    }
}
