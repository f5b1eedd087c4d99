package io.custmgr.admin.orders;

import io.custmgr.customer.orders.service.OrderLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CustomerOrdersTabTest {

    @Test
    void itemsReadAsQuantityTimesName() {
        List<OrderLine> lines = Arrays.asList(new OrderLine(1L, "Green Tea", 2, BigDecimal.ONE),
                new OrderLine(2L, "Mug", 1, BigDecimal.ONE));

        assertEquals("2 \u00d7 Green Tea, 1 \u00d7 Mug", CustomerOrdersTab.items(lines));
    }

    @Test
    void longOrdersNameTheFirstItemsAndCountTheRest() {
        List<OrderLine> lines = new ArrayList<OrderLine>();
        for (int i = 1; i <= 7; i++) {
            lines.add(new OrderLine((long) i, "Item " + i, 1, BigDecimal.ONE));
        }

        assertEquals("1 \u00d7 Item 1, 1 \u00d7 Item 2, 1 \u00d7 Item 3, 1 \u00d7 Item 4, 1 \u00d7 Item 5 + 2 more",
                CustomerOrdersTab.items(lines));
    }

    @Test
    void pageLinksKeepTheFilterUrlEncoded() {
        assertEquals("/customer/7?cmOrdersPage=2&cmOrdersFilter=tea+%26+%3Cb%3E",
                CustomerOrdersTab.pageUrl(7L, "tea & <b>", 2));
        assertEquals("/customer/7?cmOrdersPage=1", CustomerOrdersTab.pageUrl(7L, null, 1));
    }

    @Test
    void statusesShowBroadleafsLabelOrTheirCode() {
        assertEquals("Submitted", CustomerOrdersTab.statusLabel("SUBMITTED"));
        assertEquals("CUSTOM_STATUS", CustomerOrdersTab.statusLabel("CUSTOM_STATUS"));
    }

    @Test
    void moneyIsFormattedInTheOrdersCurrency() {
        assertEquals("$12.50", AdminFormats.money(new BigDecimal("12.50000"), "USD"));
        assertEquals("\u20ac3.00", AdminFormats.money(new BigDecimal("3"), "EUR"));
        assertEquals("", AdminFormats.money(null, "USD"));
    }
}
