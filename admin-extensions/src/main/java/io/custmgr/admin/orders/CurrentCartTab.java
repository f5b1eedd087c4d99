package io.custmgr.admin.orders;

import io.custmgr.admin.common.FormExtras;
import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.admin.security.AdminOperation;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.customer.orders.service.CustomerOrdersService;
import io.custmgr.customer.orders.service.OpenCart;
import io.custmgr.customer.orders.service.OrderLine;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;

/** A "Current cart" tab on the customer form: the open cart's lines and when it last changed (one SQL statement). */
@Component("cmCurrentCartTab")
public class CurrentCartTab extends CustomerFormExtension {

    public static final String GRID_KEY = "cmCurrentCart";
    public static final String TAB_TITLE = "CustomerCart_Tab";
    public static final int TAB_ORDER = 7100;
    static final String GROUP = "CustomerCart_Group";

    @Resource(name = "cmCustomerOrdersService")
    protected CustomerOrdersService ordersService;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Value("${custmgr.admin.cartRows:100}")
    protected int maxLines;

    @Override
    protected boolean applies(Entity entity) {
        return permissions.may(AdminOperation.READ, Order.class);
    }

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        OpenCart cart = ordersService.findOpenCart(customerId, maxLines);
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "CustomerCart_Title", "/customer", form.getId())
                .column("item", "CustomerCart_Item", "52%")
                .column("quantity", "CustomerCart_Quantity")
                .column("unitPrice", "CustomerCart_UnitPrice")
                .column("lineTotal", "CustomerCart_LineTotal");
        if (cart == null) {
            form.addField(FormExtras.note("cmCartState", "CustomerCart_State", "No open cart", 1), GROUP, 0,
                    TAB_TITLE, TAB_ORDER);
        } else {
            String state = cart.getLines().isEmpty() ? "Open cart without items" : "Open cart, "
                    + cart.getLines().size() + (cart.getLines().size() == 1 ? " line" : " lines");
            form.addField(FormExtras.note("cmCartState", "CustomerCart_State", state, 1), GROUP, 0, TAB_TITLE,
                    TAB_ORDER);
            form.addField(FormExtras.note("cmCartLastChange", "CustomerCart_LastChange",
                    AdminFormats.dateTime(cart.getLastChange()), 2), GROUP, 0, TAB_TITLE, TAB_ORDER);
            form.addField(FormExtras.note("cmCartTotal", "CustomerCart_Total",
                    AdminFormats.money(cart.getTotal(), cart.getCurrencyCode()), 3), GROUP, 0, TAB_TITLE, TAB_ORDER);
            for (OrderLine line : cart.getLines()) {
                Map<String, String> values = new LinkedHashMap<String, String>();
                values.put("item", line.getName());
                values.put("quantity", String.valueOf(line.getQuantity()));
                values.put("unitPrice", AdminFormats.money(line.getUnitPrice(), cart.getCurrencyCode()));
                values.put("lineTotal", AdminFormats.money(line.getLineTotal(), cart.getCurrencyCode()));
                grid.row(String.valueOf(line.getOrderItemId()), values);
            }
        }
        form.addListGrid(grid.build(), TAB_TITLE, TAB_ORDER);
    }
}
