package io.custmgr.merge;

import io.custmgr.audit.domain.CustomerAuditRecord;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.hibernate.CustomerDataCaches;
import io.custmgr.group.domain.CustomerGroup;
import io.custmgr.group.service.CustomerGroupService;
import io.custmgr.merge.service.CustomerMergeService;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeLine;
import io.custmgr.merge.service.MergePlan;
import io.custmgr.merge.service.MergeRefusedException;
import io.custmgr.merge.service.MergeRequest;
import io.custmgr.merge.service.MergeResult;
import io.custmgr.merge.service.MergeSide;
import io.custmgr.merge.service.MergeStepReport;
import io.custmgr.merge.step.CartMergeStep;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import io.custmgr.test.StatementCounter;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Merges commit for real; every test deletes what it made. The shared cache's customer data is dropped once, and only
 * after the merge committed: never while a concurrent read could still cache the old rows, never after a rollback.
 */
@BroadleafIntegrationTest
class CustomerMergeIT {

    @Resource(name = "cmCustomerMergeService")
    CustomerMergeService mergeService;

    @Resource(name = "cmCustomerGroupService")
    CustomerGroupService groupService;

    @Resource(name = "cmCustomerAuditService")
    CustomerAuditService auditService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "cmCustomerDataCaches")
    CustomerDataCaches caches;

    CommittedCustomers customers;
    MergeFixtures data;
    final List<Long> groups = new ArrayList<Long>();

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        data = new MergeFixtures(customers, transactionManager.getDataSource());
        ProbeMergeStep.reset();
    }

    @AfterEach
    void cleanUp() {
        ProbeMergeStep.reset();
        data.deleteAll();
        customers.deleteAll();
        for (Long group : groups) {
            groupService.deleteGroup(group);
        }
    }

    @Test
    void everyKindOfDataMovesToTheSurvivorAsThePreviewSaid() throws Exception {
        long survivor = account("survivor").getId();
        Customer absorbedCustomer = account("absorbed");
        long absorbed = absorbedCustomer.getId();
        long tea = data.sku("Tea");
        long mug = data.sku("Mug");
        long placed1 = data.order(absorbed, "SUBMITTED", null);
        long placed2 = data.order(absorbed, "CANCELLED", null);
        long cart = data.order(absorbed, "IN_PROCESS", null);
        data.item(cart, tea);
        data.item(cart, mug);
        long survivorList = data.order(survivor, "NAMED", "wishlist");
        data.item(survivorList, tea);
        long absorbedList = data.order(absorbed, "NAMED", "wishlist");
        data.item(absorbedList, tea);
        long mugWish = data.item(absorbedList, mug);
        long gifts = data.order(absorbed, "NAMED", "gifts");
        data.item(gifts, mug);
        data.address(survivor, "Home", "1 Main Street", "Springfield", "12345");
        data.address(absorbed, "Home", " 1 main street ", "SPRINGFIELD", "12345");
        long work = data.address(absorbed, "Home 2", "9 Elm Road", "Springfield", "12345");
        data.address(absorbed, "Work", "5 Oak Avenue", "Shelbyville", "54321");
        data.pageViews(absorbed, 7);
        data.activityEvents(absorbed, 3);
        long vip = group("VIP");
        long staff = group("Staff");
        groupService.addMembers(vip, Collections.singletonList(absorbed));
        groupService.addMembers(staff, Collections.singletonList(absorbed));
        groupService.addMembers(staff, Collections.singletonList(survivor));
        data.attribute(absorbed, "source", "import");

        MergePlan plan = mergeService.preview(survivor, absorbed);
        assertEquals(2, count(plan.getSteps(), "orders", "Orders"));
        assertEquals(2, count(plan.getSteps(), "cart", "Open cart items"));
        assertEquals(1, count(plan.getSteps(), "wishlists", "Wishlists"));
        assertEquals(1, count(plan.getSteps(), "wishlists", "Wishlist items added to the survivor's list of the same name"));
        assertEquals(1, count(plan.getSteps(), "wishlists", "Wishlist items already on the survivor's list"));
        assertEquals(1, count(plan.getSteps(), "addresses", "Addresses the survivor already has"));
        assertEquals(2, count(plan.getSteps(), "addresses", "Addresses"));
        assertEquals(7, count(plan.getSteps(), "pageViews", "Page views"));
        assertEquals(3, count(plan.getSteps(), "activity", "Activity events"));
        assertEquals(1, count(plan.getSteps(), "groups", "Group memberships"));
        assertEquals(1, count(plan.getSteps(), "groups", "Group memberships the survivor already has"));
        assertEquals(1, count(plan.getSteps(), "records", "Attributes"));
        assertEquals(1, customers.count("BLC_ORDER WHERE CUSTOMER_ID = ?", survivor), "the preview changed nothing");

        MergeResult result = mergeService.merge(new MergeRequest(survivor, absorbed, MergeChoices.SURVIVOR_WINS,
                "  " + absorbedCustomer.getEmailAddress().toUpperCase() + " "));

        for (int i = 0; i < plan.getSteps().size(); i++) {
            assertEquals(plan.getSteps().get(i).getLines(), result.getSteps().get(i).getLines(),
                    "step " + plan.getSteps().get(i).getKey() + " did what its preview said");
        }
        assertEquals(survivor, data.ownerOf(placed1));
        assertEquals(survivor, data.ownerOf(placed2));
        assertEquals(survivor, data.ownerOf(cart));
        assertEquals("IN_PROCESS", status(cart), "the survivor had no cart: the absorbed one is its cart now");
        assertEquals(survivor, data.ownerOf(gifts));
        assertEquals(Long.valueOf(survivorList), customers.jdbc().queryForObject(
                "SELECT ORDER_ID FROM BLC_ORDER_ITEM WHERE ORDER_ITEM_ID = ?", Long.class, mugWish));
        assertEquals(2, customers.count("BLC_ORDER_ITEM WHERE ORDER_ID = ?", survivorList), "tea once, mug added");
        assertEquals(0, customers.count("BLC_ORDER WHERE ORDER_ID = ?", absorbedList), "the duplicate-only list is gone");
        assertEquals(3, customers.count("BLC_CUSTOMER_ADDRESS WHERE CUSTOMER_ID = ?", survivor));
        assertEquals("Home 2", customers.jdbc().queryForObject(
                "SELECT ADDRESS_NAME FROM BLC_CUSTOMER_ADDRESS WHERE CUSTOMER_ADDRESS_ID = ?", String.class, work));
        assertEquals(1, customers.count("BLC_CUSTOMER_ADDRESS WHERE CUSTOMER_ID = ? AND CM_DEFAULT_BILLING = ?",
                survivor, true), "one default billing address after the move");
        assertEquals(7, customers.count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", survivor));
        assertEquals(3, customers.count("CM_ACTIVITY_EVENT WHERE CUSTOMER_ID = ?", survivor));
        assertTrue(groupService.isMember(survivor, vip));
        assertEquals(0, customers.count("CM_CUSTOMER_GROUP_MEMBER WHERE CUSTOMER_ID = ?", absorbed));
        assertEquals(1, customers.count("BLC_CUSTOMER_ATTRIBUTE WHERE CUSTOMER_ID = ?", survivor));
        for (String table : new String[] {"BLC_ORDER", "BLC_CUSTOMER_ADDRESS", "CM_PAGE_VIEW", "CM_ACTIVITY_EVENT"}) {
            assertEquals(0, customers.count(table + " WHERE CUSTOMER_ID = ?", absorbed), table);
        }

        Map<String, Object> gone = customers.jdbc().queryForMap("SELECT DEACTIVATED, CM_MERGED_INTO, EMAIL_ADDRESS, "
                + "USER_NAME FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", absorbed);
        assertEquals(Boolean.TRUE, gone.get("DEACTIVATED"));
        assertEquals(survivor, ((Number) gone.get("CM_MERGED_INTO")).longValue());
        assertNull(gone.get("EMAIL_ADDRESS"), "the e-mail is free for another account");
        assertEquals(null, customerService.readCustomerByEmail(absorbedCustomer.getEmailAddress()));
        assertEquals(Long.valueOf(survivor), mergeService.resolveCustomerId(absorbed));
        assertEquals(absorbedCustomer.getEmailAddress(), customers.jdbc().queryForObject(
                "SELECT ABSORBED_EMAIL FROM CM_CUSTOMER_MERGE WHERE ABSORBED_ID = ?", String.class, absorbed));
        assertAudited(survivor, CustomerAuditAction.CUSTOMER_MERGED, "Absorbed customer " + absorbed, "Orders moved: 2");
        assertAudited(absorbed, CustomerAuditAction.MERGED_AWAY, "Merged into customer " + survivor, "Page views moved: 7");
        assertEquals(0, customers.count("CM_CUSTOMER_MERGE_LOCK WHERE CUSTOMER_ID IN (?, ?)", survivor, absorbed));
    }

    @Test
    void whenBothHaveACartTheAbsorbedOneIsKeptAsASavedList() throws Exception {
        long survivor = account("cart-survivor").getId();
        Customer absorbed = account("cart-absorbed");
        long tea = data.sku("Tea");
        long survivorCart = data.order(survivor, "IN_PROCESS", null);
        data.item(survivorCart, tea);
        long absorbedCart = data.order(absorbed.getId(), "IN_PROCESS", null);
        data.item(absorbedCart, tea);

        MergePlan plan = mergeService.preview(survivor, absorbed.getId());
        assertEquals(1, count(plan.getSteps(), "cart", "Open cart items kept as a saved list"));
        merge(survivor, absorbed, MergeChoices.SURVIVOR_WINS);

        assertEquals(survivor, data.ownerOf(absorbedCart));
        assertEquals("NAMED", status(absorbedCart));
        assertEquals(CartMergeStep.ARCHIVED_CART_NAME, customers.jdbc().queryForObject(
                "SELECT NAME FROM BLC_ORDER WHERE ORDER_ID = ?", String.class, absorbedCart));
        assertEquals("IN_PROCESS", status(survivorCart));
        assertEquals(1, customers.count("BLC_ORDER_ITEM WHERE ORDER_ID = ?", absorbedCart), "no item lost");
    }

    @Test
    void theMerchantsFieldChoicesWinAndGapsAreFilled() {
        Customer survivorCustomer = account("fields-survivor");
        Customer absorbed = account("fields-absorbed");
        long survivor = survivorCustomer.getId();
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET LAST_NAME = 'Smith', FIRST_NAME = 'Ann', CM_PHONE = NULL "
                + "WHERE CUSTOMER_ID = ?", survivor);
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET LAST_NAME = 'Smyth', FIRST_NAME = 'Anne', CM_PHONE = '555 0100' "
                + "WHERE CUSTOMER_ID = ?", absorbed.getId());

        MergePlan plan = mergeService.preview(survivor, absorbed.getId());
        assertEquals(2, plan.getConflicts().size(), "first and last name differ");
        assertEquals("Smith", plan.getConflicts().get(1).getSurvivorValue());
        assertEquals("Smyth", plan.getConflicts().get(1).getAbsorbedValue());
        Map<String, MergeSide> sides = new HashMap<String, MergeSide>();
        sides.put("lastName", MergeSide.ABSORBED);
        sides.put("firstName", MergeSide.SURVIVOR);
        merge(survivor, absorbed, new MergeChoices(sides));

        Map<String, Object> row = customers.jdbc().queryForMap(
                "SELECT FIRST_NAME, LAST_NAME, CM_PHONE FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", survivor);
        assertEquals("Ann", row.get("FIRST_NAME"), "not chosen: the survivor's value stays");
        assertEquals("Smyth", row.get("LAST_NAME"), "chosen: the absorbed customer's value");
        assertEquals("555 0100", row.get("CM_PHONE"), "only the absorbed customer had one");
        List<CustomerAuditRecord> records = auditService.findRecords(survivor, 0, 20);
        assertTrue(records.stream().anyMatch(r -> "Last name".equals(r.getField()) && "Smith".equals(r.getOldValue())
                && "Smyth".equals(r.getNewValue())), "field choice in the audit trail");
        assertAudited(survivor, CustomerAuditAction.CUSTOMER_MERGED, "Absorbed customer " + absorbed.getId(),
                "field choices: firstName = survivor's, lastName = absorbed customer's");
    }

    @Test
    void theAbsorbedAccountsAddressIsFreeForANewAccountAfterTheMerge() {
        long survivor = account("key-survivor").getId();
        Customer absorbed = account("key-absorbed");
        String address = absorbed.getEmailAddress();

        merge(survivor, absorbed, MergeChoices.SURVIVOR_WINS);

        assertEquals(0, customers.count("CM_LOGIN_KEY WHERE LOGIN_KEY = ?", address.toLowerCase()));
        Customer newcomer = customers.registered(address.toUpperCase()); // refused while the absorbed held it
        assertEquals(newcomer.getId(), customerService.readCustomerByUsername(address).getId());
    }

    @Test
    void refusedMergesChangeNothing() throws Exception {
        Customer survivor = account("refuse-survivor");
        Customer absorbed = account("refuse-absorbed");
        Customer third = account("refuse-third");
        long order = data.order(absorbed.getId(), "SUBMITTED", null);

        assertEquals(MergeRefusedException.Reason.SAME_CUSTOMER, refused(() -> mergeService.merge(
                new MergeRequest(survivor.getId(), survivor.getId(), null, survivor.getEmailAddress()))));
        assertEquals(MergeRefusedException.Reason.CONFIRMATION_MISMATCH, refused(() -> mergeService.merge(
                new MergeRequest(survivor.getId(), absorbed.getId(), null, survivor.getEmailAddress()))));
        assertEquals(absorbed.getId().longValue(), data.ownerOf(order));

        merge(survivor.getId(), absorbed, MergeChoices.SURVIVOR_WINS);
        assertEquals(MergeRefusedException.Reason.ALREADY_MERGED, refused(() -> mergeService.merge(
                new MergeRequest(third.getId(), absorbed.getId(), null, String.valueOf(absorbed.getId())))),
                "a merged-away customer cannot be merged again");
        assertEquals(MergeRefusedException.Reason.ALREADY_MERGED, refused(() -> mergeService.merge(
                new MergeRequest(absorbed.getId(), third.getId(), null, third.getEmailAddress()))),
                "nor receive a merge");
        assertEquals(MergeRefusedException.Reason.ALREADY_MERGED, refused(() -> mergeService.preview(
                third.getId(), absorbed.getId())));
    }

    @Test
    void aFailingLastStepRollsTheWholeMergeBack() throws Exception {
        long survivor = account("rollback-survivor").getId();
        Customer absorbed = account("rollback-absorbed");
        long order = data.order(absorbed.getId(), "SUBMITTED", null);
        data.pageViews(absorbed.getId(), 4);
        data.address(absorbed.getId(), "Home", "1 Main Street", "Springfield", "12345");
        ProbeMergeStep.failure = new IllegalStateException("injected failure in the last step");

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> merge(survivor, absorbed, MergeChoices.SURVIVOR_WINS));

        assertEquals("injected failure in the last step", failure.getMessage());
        assertEquals(absorbed.getId().longValue(), data.ownerOf(order));
        assertEquals(4, customers.count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", absorbed.getId()));
        assertEquals(1, customers.count("BLC_CUSTOMER_ADDRESS WHERE CUSTOMER_ID = ?", absorbed.getId()));
        assertEquals(absorbed.getId(), mergeService.resolveCustomerId(absorbed.getId()), "not merged");
        assertEquals(0, customers.count("CM_CUSTOMER_MERGE WHERE ABSORBED_ID = ?", absorbed.getId()));
        assertEquals(0, customers.count("CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID IN (?, ?) AND ACTION LIKE 'MERGE%'",
                survivor, absorbed.getId()));

        ProbeMergeStep.failure = null;
        merge(survivor, absorbed, MergeChoices.SURVIVOR_WINS);
        assertEquals(survivor, data.ownerOf(order), "the lock went with the failed merge");
    }

    @Test
    void aMergeEvictsTheCachedCustomerDataOnceAfterCommit() throws Exception {
        long survivor = account("evict-survivor").getId();
        Customer absorbed = account("evict-absorbed");
        data.address(absorbed.getId(), "Home", "1 Main Street", "Springfield", "12345");
        long evictionsBefore = caches.getEvictionCount();

        long duringTransaction = new TransactionTemplate(transactionManager).execute(status -> {
            merge(survivor, absorbed, MergeChoices.SURVIVOR_WINS);
            return caches.getEvictionCount();
        });

        assertEquals(evictionsBefore, duringTransaction, "nothing evicted before the commit");
        assertEquals(evictionsBefore + 1, caches.getEvictionCount(), "evicted once, after the commit");
        assertEquals(survivor, (long) mergeService.resolveCustomerId(absorbed.getId()));

        Customer second = account("evict-second");
        merge(survivor, second, MergeChoices.SURVIVOR_WINS);
        assertEquals(evictionsBefore + 2, caches.getEvictionCount(), "once for a merge in its own transaction");
    }

    @Test
    void aRolledBackMergeEvictsNothing() {
        long survivor = account("rolled-survivor").getId();
        Customer absorbed = account("rolled-absorbed");
        long evictionsBefore = caches.getEvictionCount();

        new TransactionTemplate(transactionManager).execute(status -> {
            merge(survivor, absorbed, MergeChoices.SURVIVOR_WINS);
            status.setRollbackOnly();
            return null;
        });
        assertEquals(absorbed.getId(), mergeService.resolveCustomerId(absorbed.getId()), "not merged");
        assertEquals(evictionsBefore, caches.getEvictionCount(), "rolled back");

        ProbeMergeStep.failure = new IllegalStateException("injected failure in the last step");
        assertThrows(IllegalStateException.class, () -> merge(survivor, absorbed, MergeChoices.SURVIVOR_WINS));
        assertEquals(evictionsBefore, caches.getEvictionCount(), "failed in a step");
    }

    @Test
    void aSecondMergeTouchingTheSameCustomerIsRefusedWhileTheFirstRuns() throws Exception {
        long survivor = account("race-survivor").getId();
        final Customer absorbed = account("race-absorbed");
        long other = account("race-other").getId();
        long order = data.order(absorbed.getId(), "SUBMITTED", null);
        ProbeMergeStep.entered = new CountDownLatch(1);
        ProbeMergeStep.release = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<MergeResult> first = thread.submit(() -> merge(survivor, absorbed, MergeChoices.SURVIVOR_WINS));
            assertTrue(ProbeMergeStep.entered.await(60, TimeUnit.SECONDS), "first merge under way");
            ProbeMergeStep.entered = null;

            long started = System.currentTimeMillis();
            MergeRefusedException second = assertThrows(MergeRefusedException.class, () -> mergeService.merge(
                    new MergeRequest(other, absorbed.getId(), null, absorbed.getEmailAddress())));
            assertEquals(MergeRefusedException.Reason.LOCKED, second.getReason());
            assertTrue(second.getMessage().contains("Another merge"), second.getMessage());
            assertTrue(System.currentTimeMillis() - started < 10000, "refused at once, not after waiting");

            ProbeMergeStep.release.countDown();
            first.get(60, TimeUnit.SECONDS);
        } finally {
            ProbeMergeStep.release.countDown();
            thread.shutdownNow();
        }
        assertEquals(survivor, data.ownerOf(order));
    }

    @Test
    void statementsDoNotGrowWithTheData() throws Exception {
        long small = statementsToMerge(2, 5);
        long large = statementsToMerge(400, 3000);
        assertEquals(small, large, "same statements for 2 orders / 5 views as for 400 orders / 3000 views");
        assertTrue(small < 120, "bounded: " + small);
    }

    private long statementsToMerge(int orders, int views) throws Exception {
        long survivor = account("count-survivor").getId();
        Customer absorbed = account("count-absorbed");
        data.submittedOrders(absorbed.getId(), orders);
        data.pageViews(absorbed.getId(), views);
        data.activityEvents(absorbed.getId(), views / 10);
        long before = StatementCounter.current();
        MergeResult result = merge(survivor, absorbed, MergeChoices.SURVIVOR_WINS);
        long statements = StatementCounter.current() - before;
        assertTrue(result.summary().contains("Orders moved: " + orders), result.summary());
        return statements;
    }

    private MergeResult merge(long survivor, Customer absorbed, MergeChoices choices) {
        return mergeService.merge(new MergeRequest(survivor, absorbed.getId(), choices, absorbed.getEmailAddress()));
    }

    private Customer account(String prefix) {
        return customers.registered(prefix + "-" + UUID.randomUUID() + "@example.com");
    }

    private long group(String name) {
        CustomerGroup group = groupService.createGroup();
        group.setName(name + " " + UUID.randomUUID());
        long id = groupService.saveGroup(group).getId();
        groups.add(id);
        return id;
    }

    private String status(long orderId) {
        return customers.jdbc().queryForObject("SELECT ORDER_STATUS FROM BLC_ORDER WHERE ORDER_ID = ?", String.class,
                orderId);
    }

    private static long count(List<MergeStepReport> steps, String key, String label) {
        for (MergeStepReport step : steps) {
            if (step.getKey().equals(key)) {
                for (MergeLine line : step.getLines()) {
                    if (line.getLabel().equals(label)) {
                        return line.getCount();
                    }
                }
            }
        }
        throw new AssertionError("no line " + label + " in step " + key);
    }

    private void assertAudited(long customerId, CustomerAuditAction action, String start, String contains) {
        List<CustomerAuditRecord> records = auditService.findRecords(customerId, 0, 20);
        assertTrue(records.stream().anyMatch(r -> r.getAction().equals(action.getType())
                && r.getDetail().startsWith(start) && r.getDetail().contains(contains)),
                "audit trail of " + customerId);
    }

    private interface Call {
        void run() throws Exception;
    }

    private static MergeRefusedException.Reason refused(Call call) {
        try {
            call.run();
        } catch (MergeRefusedException e) {
            return e.getReason();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        throw new AssertionError("not refused");
    }
}
