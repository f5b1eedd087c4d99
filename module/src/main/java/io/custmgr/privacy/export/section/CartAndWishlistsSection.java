package io.custmgr.privacy.export.section;

import io.custmgr.customer.orders.type.OrderKinds;
import org.springframework.stereotype.Component;

/** The open cart and the wishlists (Broadleaf's named orders) with their items. */
@Component("cmExportCartAndWishlistsSection")
public class CartAndWishlistsSection extends OrdersWithLinesSection {

    @Override public String getKey() { return "cartAndWishlists"; }
    @Override public String getTitle() { return "Cart and wishlists"; }
    @Override public int getOrder() { return 400; }

    @Override
    protected String getCondition() {
        return "(" + OrderKinds.cartCondition("o") + " OR " + OrderKinds.wishlistCondition("o") + ")";
    }
}
