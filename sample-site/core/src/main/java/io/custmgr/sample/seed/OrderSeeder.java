package io.custmgr.sample.seed;

import io.custmgr.customer.orders.domain.DatedOrderItem;
import io.custmgr.guest.domain.GuestCustomer;
import io.custmgr.guest.domain.GuestProfile;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentGroupItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.type.FulfillmentType;
import org.broadleafcommerce.core.order.service.type.OrderItemType;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.persistence.EntityManager;

/**
 * Gives one seeded customer an order history, and maybe an open cart and a wishlist, in the current transaction.
 * Orders are written as entities with their prices already final, as if priced and checked out: running Broadleaf's
 * add-item and pricing workflows per item would be far too slow for benchmark-sized data. Shipping and tax are zero,
 * so every total equals the sum of item price times quantity.
 */
final class OrderSeeder {

    static final String WISHLIST_NAME = "wishlist";

    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
    private static final int HISTORY_DAYS = 730;
    private static final int CANCELLED_PERCENT = 8;
    private static final long WISHED_DAYS_AGO = 365;

    private final EntityFactory entities;
    private final EntityManager em;
    private final CustomerSeeder customerSeeder;
    private final long seed;
    private final long nowMillis;

    OrderSeeder(EntityFactory entities, EntityManager em, CustomerSeeder customerSeeder, long seed, Date now) {
        this.entities = entities;
        this.em = em;
        this.customerSeeder = customerSeeder;
        this.seed = seed;
        this.nowMillis = now.getTime();
    }

    /** Guests check out exactly once; the demo customer has two orders and a wishlist but no cart. */
    static int placedOrderCount(DemoPerson person, Random random) {
        if (person.isDemoCustomer()) {
            return 2;
        }
        if (!person.isShopper()) {
            return 0;
        }
        if (!person.isRegistered()) {
            return 1;
        }
        int roll = random.nextInt(100);
        return roll < 25 ? 0 : roll < 60 ? 1 : roll < 85 ? 2 : 3;
    }

    /** By index rather than chance, so even a small run has some: about one registered customer in seven. */
    static boolean hasOpenCart(DemoPerson person) {
        return person.isRegistered() && person.isShopper() && !person.isDemoCustomer() && person.getIndex() % 7 == 3;
    }

    /** About one registered customer in six, plus the demo customer. */
    static boolean hasWishlist(DemoPerson person) {
        return person.isDemoCustomer() || person.isRegistered() && person.isShopper() && person.getIndex() % 6 == 2;
    }

    void seedOrders(Customer customer, DemoPerson person, SeedBatch batch, DemoDataReport.Tally tally) {
        Random random = SeedRandom.forCustomer(seed, person.getIndex(), SeedRandom.ORDERS);
        long[] submitTimes = pastInstants(random, placedOrderCount(person, random));
        for (int i = 0; i < submitTimes.length; i++) {
            boolean cancelled = person.isRegistered() && !person.isDemoCustomer()
                    && random.nextInt(100) < CANCELLED_PERCENT;
            Order order = newOrder(customer, batch, cancelled ? OrderStatus.CANCELLED : OrderStatus.SUBMITTED);
            order.setOrderNumber(String.format(Locale.ROOT, "DEMO-%07d-%d", person.getIndex(), i + 1));
            order.setSubmitDate(new Date(submitTimes[i]));
            addItems(order, batch, random, 1 + random.nextInt(3));
            addFulfillmentGroup(order, person, batch, random);
            em.persist(order);
            if (cancelled) {
                tally.cancelledOrders++;
            } else {
                tally.submittedOrders++;
            }
        }
        if (hasOpenCart(person)) {
            Order cart = newOrder(customer, batch, OrderStatus.IN_PROCESS);
            addItems(cart, batch, random, 1 + random.nextInt(2));
            em.persist(cart);
            tally.carts++;
        }
        if (hasWishlist(person)) {
            Order wishlist = newOrder(customer, batch, OrderStatus.NAMED);
            wishlist.setName(WISHLIST_NAME);
            addItems(wishlist, batch, random, 1 + random.nextInt(3));
            backdateWishes(wishlist);
            em.persist(wishlist);
            tally.wishlists++;
        }
    }

    /**
     * Wishes from a year ago, a week apart (no random draw, so the rest of the seed stays as it was): orders placed
     * since then show the items as bought later on the customer form.
     */
    private void backdateWishes(Order wishlist) {
        List<OrderItem> items = wishlist.getOrderItems();
        for (int i = 0; i < items.size(); i++) {
            long daysAgo = WISHED_DAYS_AGO - 7L * i;
            ((DatedOrderItem) items.get(i)).setCmDateAdded(new Date(nowMillis - daysAgo * DAY_MILLIS));
        }
    }

    private Order newOrder(Customer customer, SeedBatch batch, OrderStatus status) {
        Order order = entities.create(Order.class);
        order.setCustomer(customer);
        GuestProfile guest = ((GuestCustomer) customer).getGuestProfile();
        order.setEmailAddress(guest.isGuest() ? guest.getContactEmail() : customer.getEmailAddress());
        order.setStatus(status);
        order.setCurrency(batch.getCurrency());
        order.setLocale(batch.getLocale());
        return order;
    }

    /** Adds distinct products and sets the order's totals. */
    private void addItems(Order order, SeedBatch batch, Random random, int count) {
        List<SeedBatch.BatchProduct> candidates = new ArrayList<SeedBatch.BatchProduct>(batch.getProducts());
        Money subTotal = money(BigDecimal.ZERO, batch);
        for (int i = 0; i < count && !candidates.isEmpty(); i++) {
            SeedBatch.BatchProduct product = candidates.remove(random.nextInt(candidates.size()));
            DiscreteOrderItem item = entities.create(DiscreteOrderItem.class);
            item.setOrderItemType(OrderItemType.DISCRETE);
            item.setOrder(order);
            item.setSku(product.sku);
            item.setProduct(product.product);
            item.setCategory(product.category);
            item.setQuantity(product.data.isDigital() ? 1 : pickQuantity(random));
            BigDecimal salePrice = product.data.getSalePrice();
            item.setRetailPrice(money(product.data.getRetailPrice(), batch));
            item.setSalePrice(money(salePrice == null ? product.data.getRetailPrice() : salePrice, batch));
            // price = the lower of sale and retail, as Broadleaf's pricing would have left it
            item.assignFinalPrice();
            order.addOrderItem(item);
            subTotal = subTotal.add(item.getTotalPrice());
        }
        Money zero = money(BigDecimal.ZERO, batch);
        order.setSubTotal(subTotal);
        order.setTotalTax(zero);
        order.setTotalFulfillmentCharges(zero);
        order.setTotal(subTotal);
    }

    private void addFulfillmentGroup(Order order, DemoPerson person, SeedBatch batch, Random random) {
        FulfillmentGroup group = entities.create(FulfillmentGroup.class);
        group.setOrder(order);
        group.setPrimary(true);
        group.setSequence(1);
        boolean physical = false;
        for (OrderItem item : order.getOrderItems()) {
            physical |= !FulfillmentType.DIGITAL.equals(((DiscreteOrderItem) item).getSku().getFulfillmentType());
        }
        group.setType(physical ? FulfillmentType.PHYSICAL_SHIP : FulfillmentType.DIGITAL);
        if (physical) {
            DemoAddress destination = person.getAddresses().isEmpty()
                    ? DemoPlaces.randomAddress(random, "Shipping") : person.getAddresses().get(0);
            group.setAddress(customerSeeder.newAddress(destination, person, batch));
        }
        Money zero = money(BigDecimal.ZERO, batch);
        group.setRetailFulfillmentPrice(zero);
        group.setSaleFulfillmentPrice(zero);
        group.setFulfillmentPrice(zero);
        group.setTotalTax(zero);
        group.setTotalItemTax(zero);
        group.setTotalFeeTax(zero);
        group.setTotalFulfillmentGroupTax(zero);
        group.setMerchandiseTotal(order.getSubTotal());
        group.setTotal(order.getSubTotal());
        for (OrderItem item : order.getOrderItems()) {
            FulfillmentGroupItem groupItem = entities.create(FulfillmentGroupItem.class);
            groupItem.setFulfillmentGroup(group);
            groupItem.setOrderItem(item);
            groupItem.setQuantity(item.getQuantity());
            groupItem.setTotalItemAmount(item.getTotalPrice());
            group.addFulfillmentGroupItem(groupItem);
        }
        order.getFulfillmentGroups().add(group);
    }

    /** @return ascending instants within the last two years, so order numbers follow submit dates */
    private long[] pastInstants(Random random, int count) {
        long[] instants = new long[count];
        for (int i = 0; i < count; i++) {
            instants[i] = nowMillis - random.nextInt(HISTORY_DAYS) * DAY_MILLIS - random.nextInt((int) DAY_MILLIS);
        }
        Arrays.sort(instants);
        return instants;
    }

    private static int pickQuantity(Random random) {
        int roll = random.nextInt(100);
        return roll < 70 ? 1 : roll < 90 ? 2 : 3;
    }

    private static Money money(BigDecimal amount, SeedBatch batch) {
        return new Money(amount, batch.getCurrency());
    }
}
