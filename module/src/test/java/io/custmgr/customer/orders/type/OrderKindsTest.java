package io.custmgr.customer.orders.type;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrderKindsTest {

    @ParameterizedTest
    @CsvSource({"IN_PROCESS, CART", "CSR_OWNED, CART", "NAMED, WISHLIST", "SUBMITTED, PLACED", "CANCELLED, PLACED",
            "QUOTE, PLACED", "SHIPPED_BY_HOST, PLACED", "in_process, PLACED"})
    void eachStatusIsOfOneKind(String status, OrderKind kind) {
        assertEquals(kind, OrderKinds.kindOf(status));
    }

    @Test
    void anOrderWithoutStatusIsPlaced() {
        assertEquals(OrderKind.PLACED, OrderKinds.kindOf(null));
    }

    @Test
    void theStatusListsAreTheCartAndWishlistKinds() {
        assertEquals(Arrays.asList("IN_PROCESS", "CSR_OWNED"), OrderKinds.cartStatuses());
        assertEquals(Arrays.asList("NAMED"), OrderKinds.wishlistStatuses());
        assertEquals(Arrays.asList("IN_PROCESS", "CSR_OWNED", "NAMED"), OrderKinds.unplacedStatuses());
        for (String status : OrderKinds.unplacedStatuses()) {
            assertEquals(OrderKinds.cartStatuses().contains(status) ? OrderKind.CART : OrderKind.WISHLIST,
                    OrderKinds.kindOf(status));
        }
    }

    @Test
    void sqlConditionsNameTheSameStatusesAndCountNullAsPlaced() {
        assertEquals("(o.ORDER_STATUS IS NULL OR o.ORDER_STATUS NOT IN ('IN_PROCESS', 'CSR_OWNED', 'NAMED'))",
                OrderKinds.placedCondition("o"));
        assertEquals("o.ORDER_STATUS IN ('IN_PROCESS', 'CSR_OWNED')", OrderKinds.cartCondition("o"));
        assertEquals("o.ORDER_STATUS IN ('NAMED')", OrderKinds.wishlistCondition("o"));
    }

    @Test
    void withoutAnAliasTheConditionsUseTheBareColumn() {
        assertEquals("(ORDER_STATUS IS NULL OR ORDER_STATUS NOT IN ('IN_PROCESS', 'CSR_OWNED', 'NAMED'))",
                OrderKinds.placedCondition(""));
        assertEquals("ORDER_STATUS IN ('IN_PROCESS', 'CSR_OWNED')", OrderKinds.condition(OrderKind.CART, ""));
    }
}
