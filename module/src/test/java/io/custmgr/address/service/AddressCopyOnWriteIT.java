package io.custmgr.address.service;

import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentGroupImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.OrderPaymentImpl;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.AddressImpl;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.domain.CustomerAddressImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Broadleaf 3.1 lets an order point at the very address row of a customer address (its checkout sets whatever
 * {@code Address} it is given on the fulfillment group and payment; nothing copies it). Editing the customer's
 * address must leave such orders with the address they were placed with.
 */
@BroadleafIntegrationTest
@Transactional
class AddressCopyOnWriteIT {

    @Resource(name = "cmCustomerAddressBook")
    CustomerAddressBook book;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blFulfillmentGroupService")
    FulfillmentGroupService fulfillmentGroupService;

    @Resource(name = "blOrderPaymentService")
    OrderPaymentService orderPaymentService;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    Customer customer;

    @BeforeEach
    void setUp() {
        customer = new AddressFixture(em, customerService).customer("cow@example.com");
    }

    @Test
    void editingAnAddressAnOrderShipsAndBillsToKeepsTheOrdersAddress() throws Exception {
        CustomerAddress saved = book.add(customer.getId(), AddressFixture.input("1 Old Road", "Springfield", "62704", "US"));
        Long sharedRow = saved.getAddress().getId();
        Order order = orderSharing(saved.getAddress());
        em.flush();
        em.clear();

        book.update(customer.getId(), saved.getId(), AddressFixture.input("2 New Avenue", "Shelbyville", "62705", "US"));
        em.flush();
        em.clear();

        CustomerAddress edited = em.find(CustomerAddressImpl.class, saved.getId());
        assertEquals("2 New Avenue", edited.getAddress().getAddressLine1());
        assertNotEquals(sharedRow, edited.getAddress().getId(), "the customer address got a fresh row");
        Order reloaded = orderService.findOrderById(order.getId());
        FulfillmentGroup group = reloaded.getFulfillmentGroups().get(0);
        assertEquals(sharedRow, group.getAddress().getId());
        assertEquals("1 Old Road", group.getAddress().getAddressLine1());
        assertEquals("Springfield", group.getAddress().getCity());
        assertEquals("1 Old Road", reloaded.getPayments().get(0).getBillingAddress().getAddressLine1());
    }

    @Test
    void editingAnAddressNoOrderUsesChangesItInPlace() {
        CustomerAddress saved = book.add(customer.getId(), AddressFixture.input("1 Old Road", "Springfield", "62704", "US"));
        Long row = saved.getAddress().getId();
        em.flush();
        em.clear();

        book.update(customer.getId(), saved.getId(), AddressFixture.input("2 New Avenue", "Shelbyville", "62705", "US"));
        em.flush();
        em.clear();

        assertEquals(row, em.find(CustomerAddressImpl.class, saved.getId()).getAddress().getId());
        assertEquals("2 New Avenue", em.find(AddressImpl.class, row).getAddressLine1());
    }

    @Test
    void editorsThatChangeTheEntityThemselvesDetachItFirst() throws Exception {
        CustomerAddress saved = book.add(customer.getId(), AddressFixture.input("1 Old Road", "Springfield", "62704", "US"));
        Long sharedRow = saved.getAddress().getId();
        orderSharing(saved.getAddress());
        em.flush();
        em.clear();

        // What the admin's collection editor does: detach, then write the submitted values into the entity.
        CustomerAddress managed = em.find(CustomerAddressImpl.class, saved.getId());
        book.detachFromOrders(managed);
        managed.getAddress().setAddressLine1("9 Admin Lane");
        em.flush();
        em.clear();

        assertEquals("1 Old Road", em.find(AddressImpl.class, sharedRow).getAddressLine1());
        assertEquals("9 Admin Lane", em.find(CustomerAddressImpl.class, saved.getId()).getAddress().getAddressLine1());
    }

    @Test
    void deletingAnAddressAnOrderUsesLeavesTheOrdersRow() throws Exception {
        CustomerAddress saved = book.add(customer.getId(), AddressFixture.input("1 Old Road", "Springfield", "62704", "US"));
        Long sharedRow = saved.getAddress().getId();
        Order order = orderSharing(saved.getAddress());
        em.flush();
        em.clear();

        book.delete(customer.getId(), saved.getId());
        em.flush();
        em.clear();

        assertNull(em.find(CustomerAddressImpl.class, saved.getId()));
        assertNotNull(em.find(AddressImpl.class, sharedRow));
        assertEquals("1 Old Road", em.find(FulfillmentGroupImpl.class,
                orderService.findOrderById(order.getId()).getFulfillmentGroups().get(0).getId())
                .getAddress().getAddressLine1());
        assertEquals(0, book.findEntries(customer.getId()).size());
    }

    /** An order whose fulfillment group and payment point at {@code address} itself, as a 3.1 checkout may save. */
    private Order orderSharing(Address address) throws Exception {
        Order order = orderService.createNewCartForCustomer(em.merge(customer));
        FulfillmentGroup group = fulfillmentGroupService.createEmptyFulfillmentGroup();
        group.setOrder(order);
        group.setAddress(address);
        order.getFulfillmentGroups().add(group);
        OrderPayment payment = orderPaymentService.create();
        payment.setOrder(order);
        payment.setType(PaymentType.COD);
        payment.setAmount(new Money("10.00"));
        payment.setBillingAddress(address);
        order.getPayments().add(payment);
        Order saved = orderService.save(order, false);
        em.flush();
        assertEquals(address.getId(), saved.getFulfillmentGroups().get(0).getAddress().getId());
        assertEquals(1L, ((Number) em.createQuery("SELECT COUNT(p) FROM " + OrderPaymentImpl.class.getName()
                + " p WHERE p.billingAddress.id = :id").setParameter("id", address.getId())
                .getSingleResult()).longValue(), "the payment bills to the same row");
        return saved;
    }
}
