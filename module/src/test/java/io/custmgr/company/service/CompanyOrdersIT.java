package io.custmgr.company.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custmgr.company.checkout.CompanyOrderActivity;
import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.Company;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import io.custmgr.test.StatementCounter;

import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;

/**
 * Orders placed through Broadleaf's checkout workflow by members of a company account become the company's; each
 * member sees what the roles allow (the administrator every order, an approver its unit's, a buyer its own), a
 * non-member's order is nobody's, and a page of the list costs the same few statements whatever its length.
 */
@BroadleafIntegrationTest
class CompanyOrdersIT {

    @Resource(name = "cmCompanyService")
    CompanyService companies;

    @Resource(name = "cmCompanyMemberService")
    CompanyMemberService members;

    @Resource(name = "cmCompanyOrderService")
    CompanyOrderService orders;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blCheckoutService")
    CheckoutService checkoutService;

    @Resource(name = "blCheckoutWorkflow")
    SequenceProcessor checkoutWorkflow;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;
    CompanyFixture fixture;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        fixture = new CompanyFixture(companies, customers);
    }

    @AfterEach
    void cleanUp() {
        fixture.deleteAll();
    }

    @Test
    void membersOrdersAreTheCompanysAndEachMemberSeesWhatTheRolesAllow() throws Exception {
        List<Class<?>> activities = new ArrayList<Class<?>>();
        for (Activity<?> activity : checkoutWorkflow.getActivities()) {
            activities.add(activity.getClass());
        }
        assertTrue(activities.contains(CompanyOrderActivity.class), "in blCheckoutWorkflow: " + activities);
        long admin = fixture.shopper("admin");
        Company company = companies.requestCompany(admin, new CompanyDraft("Orders " + fixture.token, null, null, null));
        fixture.track(company);
        companies.approve(company.getId());
        long root = companies.findUnits(company.getId()).get(0).getId();
        BusinessUnitImpl east = companies.addUnit(company.getId(), root, "East");
        BusinessUnitImpl west = companies.addUnit(company.getId(), root, "West");
        long buyerEast = fixture.shopper("buyer-east");
        long buyerWest = fixture.shopper("buyer-west");
        long approverEast = fixture.shopper("approver-east");
        long outsider = fixture.shopper("outsider");
        members.attach(company.getId(), buyerEast, Collections.singletonList(east.getId()), null);
        members.attach(company.getId(), buyerWest, Collections.singletonList(west.getId()), null);
        members.attach(company.getId(), approverEast, Collections.singletonList(east.getId()),
                Collections.singletonList(fixture.role(company.getId(), CompanyService.APPROVER)));

        long adminOrder = placeOrder(admin);
        long eastOrder = placeOrder(buyerEast);
        long westOrder = placeOrder(buyerWest);
        placeOrder(outsider);

        assertEquals(set(adminOrder, eastOrder, westOrder), visible(admin), "the administrator sees every order");
        assertEquals(set(eastOrder), visible(buyerEast), "a buyer sees its own");
        assertEquals(set(eastOrder), visible(approverEast), "an approver sees its unit's");
        assertTrue(visible(outsider).isEmpty());
        assertEquals(3, orders.countOrders(members.findMembership(admin)));
        CompanyOrderView east1 = orders.findOrders(members.findMembership(buyerEast), 0, 10).get(0);
        assertEquals("East", east1.getUnit());
        assertEquals("buyer-east-" + fixture.token + "@example.com", east1.getPlacedBy());
        assertFalse(orders.recordOrder(placeOrder(outsider), outsider), "not a member: not a company order");
        assertTrue(orders.recordOrder(eastOrder, buyerEast));
        assertEquals(3, orders.countOrders(members.findMembership(admin)), "recording again changes nothing");

        for (int i = 0; i < 20; i++) {
            placeOrder(buyerWest);
        }
        Membership adminMembership = members.findMembership(admin);
        long before = StatementCounter.current();
        assertEquals(3, orders.findOrders(adminMembership, 0, 3).size());
        long few = StatementCounter.current() - before;
        before = StatementCounter.current();
        assertEquals(23, orders.findOrders(adminMembership, 0, 50).size());
        assertEquals(few, StatementCounter.current() - before, "a longer page costs no more statements");
    }

    private Set<Long> visible(long viewer) {
        Set<Long> ids = new HashSet<Long>();
        Membership membership = members.findMembership(viewer);
        if (membership == null) {
            return ids;
        }
        for (CompanyOrderView view : orders.findOrders(membership, 0, 100)) {
            ids.add(view.getOrderId());
        }
        return ids;
    }

    private static Set<Long> set(Long... ids) {
        Set<Long> set = new HashSet<Long>();
        Collections.addAll(set, ids);
        return set;
    }

    private long placeOrder(long customerId) {
        final Long cart = customers.inTransaction(status -> orderService.createNewCartForCustomer(
                customerService.readCustomerById(customerId)).getId());
        customers.jdbc().update("UPDATE BLC_ORDER SET ORDER_TOTAL = 0 WHERE ORDER_ID = ?", cart);
        customers.inTransaction(() -> {
            try {
                checkoutService.performCheckout(orderService.findOrderById(cart));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return cart;
    }


}
