package io.custmgr.privacy.export.section;

import io.custmgr.customer.orders.type.OrderKinds;
import org.springframework.stereotype.Component;

/** Placed orders (the module's one definition) with totals, tax, shipping and their lines. */
@Component("cmExportOrdersSection")
public class OrdersSection extends OrdersWithLinesSection {

    @Override public String getKey() { return "orders"; }
    @Override public String getTitle() { return "Orders"; }
    @Override public int getOrder() { return 300; }
    @Override protected String getCondition() { return OrderKinds.placedCondition("o"); }
}
