package io.custmgr.admin.stock;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.stock.dao.StockSubscriptionRow;
import io.custmgr.stock.service.StockSubscriptionService;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.stereotype.Component;

import java.text.SimpleDateFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

/**
 * A "Subscriptions" tab on the customer form for admin users with "View Back-in-Stock Subscriptions": the customer's
 * back-in-stock subscriptions (one statement), newest first, with product, since when, state and when it was mailed;
 * rows open the product.
 */
@Component("cmStockSubscriptionsTab")
public class StockSubscriptionsTab extends CustomerFormExtension {

    public static final String GRID_KEY = "cmStockSubscriptions";
    public static final int TAB_ORDER = 9700;

    @Resource(name = "cmStockSubscriptionService")
    protected StockSubscriptionService subscriptions;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Override
    protected boolean applies(Entity entity) {
        return permissions.holds(AdminPermissions.VIEW_STOCK_SUBSCRIPTIONS);
    }

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "StockSubscriptions_Title", "/customer", form.getId())
                .column("product", "StockSubscriptions_Product", "30%")
                .column("email", "StockSubscriptions_Email")
                .column("created", "StockSubscriptions_Since")
                .column("state", "StockSubscriptions_State")
                .column("notified", "StockSubscriptions_Notified")
                .linkRowsTo("/product")
                .link("cmStockSubscriptionsAll", "StockSubscriptions_All", "/stock-subscriptions");
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT);
        for (StockSubscriptionRow row : subscriptions.findForCustomer(customerId)) {
            grid.row(String.valueOf(row.getProductId()), values(row, format));
        }
        form.addListGrid(grid.build(), "StockSubscriptions_Tab", TAB_ORDER);
    }

    static Map<String, String> values(StockSubscriptionRow row, SimpleDateFormat format) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("product", row.getProductName() == null ? "SKU " + row.getSkuId() : row.getProductName());
        values.put("email", row.getEmail());
        values.put("created", row.getCreated() == null ? "" : format.format(row.getCreated()));
        values.put("state", StateWords.of(row.getState()));
        values.put("notified", row.getNotified() == null ? "" : format.format(row.getNotified()));
        return values;
    }
}
