package io.custmgr.admin.orders;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.admin.security.AdminOperation;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.customer.orders.service.CustomerOrdersService;
import io.custmgr.customer.orders.service.WishlistItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * A "Wishlist" tab on the customer form: items of the customer's named orders with image, date added and whether
 * the customer bought them later (one SQL statement).
 */
@Component("cmWishlistTab")
public class WishlistTab extends CustomerFormExtension {

    public static final String GRID_KEY = "cmWishlist";
    public static final String TAB_TITLE = "CustomerWishlist_Tab";
    public static final int TAB_ORDER = 7200;

    @Resource(name = "cmCustomerOrdersService")
    protected CustomerOrdersService ordersService;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Value("${custmgr.admin.wishlistRows:100}")
    protected int maxItems;

    @Override
    protected boolean applies(Entity entity) {
        return permissions.may(AdminOperation.READ, Order.class);
    }

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "CustomerWishlist_Title", "/customer", form.getId())
                .imageColumn("image", "CustomerWishlist_Image")
                .column("item", "CustomerWishlist_Item", "40%")
                .column("wishlist", "CustomerWishlist_List")
                .column("added", "CustomerWishlist_Added")
                .column("bought", "CustomerWishlist_Bought");
        for (WishlistItem item : ordersService.findWishlistItems(customerId, maxItems)) {
            Map<String, String> values = new LinkedHashMap<String, String>();
            values.put("image", item.getImageUrl());
            values.put("item", item.getName());
            values.put("wishlist", item.getWishlistName());
            values.put("added", AdminFormats.date(item.getDateAdded()));
            values.put("bought", item.isBought() ? "Yes, bought later" : "No");
            grid.row(String.valueOf(item.getOrderItemId()), values);
        }
        form.addListGrid(grid.build(), TAB_TITLE, TAB_ORDER);
    }
}
