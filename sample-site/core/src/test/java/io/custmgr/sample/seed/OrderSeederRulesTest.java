package io.custmgr.sample.seed;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderSeederRulesTest {

    private final DemoPeople people = new DemoPeople(7L);

    @Test
    void guestsOrderOnceTheDemoCustomerTwiceOthersUpToThreeTimes() {
        Random random = new Random(1L);
        boolean someoneNeverOrdered = false;
        for (int i = 0; i < 500; i++) {
            DemoPerson person = people.person(i);
            int orders = OrderSeeder.placedOrderCount(person, random);
            if (i == 0) {
                assertEquals(2, orders);
            } else if (!person.isRegistered()) {
                assertEquals(1, orders, "guest " + i);
            } else {
                assertTrue(orders >= 0 && orders <= 3);
                someoneNeverOrdered |= orders == 0;
            }
        }
        assertTrue(someoneNeverOrdered);
    }

    @Test
    void cartsAndWishlistsBelongToRegisteredCustomersOnly() {
        int registered = 0;
        int carts = 0;
        int wishlists = 0;
        for (int i = 0; i < 1000; i++) {
            DemoPerson person = people.person(i);
            if (!person.isRegistered()) {
                assertFalse(OrderSeeder.hasOpenCart(person) || OrderSeeder.hasWishlist(person), "guest " + i);
                continue;
            }
            registered++;
            carts += OrderSeeder.hasOpenCart(person) ? 1 : 0;
            wishlists += OrderSeeder.hasWishlist(person) ? 1 : 0;
        }
        assertFalse(OrderSeeder.hasOpenCart(people.person(0)), "the demo customer starts with an empty cart");
        assertTrue(OrderSeeder.hasWishlist(people.person(0)));
        assertEquals(800, registered);
        assertTrue(carts > 100 && carts < 130, "about 15% have a cart, got " + carts);
        assertTrue(wishlists > 120 && wishlists < 170, "about a sixth have a wishlist, got " + wishlists);
    }
}
