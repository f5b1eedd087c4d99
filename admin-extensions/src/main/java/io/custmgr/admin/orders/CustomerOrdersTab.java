package io.custmgr.admin.orders;

import io.custmgr.admin.common.FormExtras;
import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.admin.security.AdminOperation;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.customer.orders.service.CustomerOrdersService;
import io.custmgr.customer.orders.service.OrderFilterParser;
import io.custmgr.customer.orders.service.OrderHistoryPage;
import io.custmgr.customer.orders.service.OrderHistoryRow;
import io.custmgr.customer.orders.service.OrderLine;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * An "Orders" tab on the customer form: the customer's placed orders (not carts, not wishlists), newest first, a page
 * at a time, filtered on the server through the GET parameter {@value #FILTER_PARAM}; each row opens Broadleaf's
 * order screen. Three SQL statements whatever the number of orders (see CustomerOrdersService).
 */
@Component("cmCustomerOrdersTab")
public class CustomerOrdersTab extends CustomerFormExtension {

    public static final String GRID_KEY = "cmOrders";
    public static final String TAB_TITLE = "CustomerOrders_Tab";
    public static final int TAB_ORDER = 7000;
    public static final String FILTER_PARAM = "cmOrdersFilter";
    /** 1-based page number. */
    public static final String PAGE_PARAM = "cmOrdersPage";
    /** Item lines written out per order; the rest are counted. */
    static final int LINES_SHOWN = 5;

    @Resource(name = "cmCustomerOrdersService")
    protected CustomerOrdersService ordersService;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Value("${custmgr.admin.orderRows:25}")
    protected int pageSize;

    @Override
    protected boolean applies(Entity entity) {
        return permissions.may(AdminOperation.READ, Order.class);
    }

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        String filter = AdminFormats.parameter(FILTER_PARAM);
        if (filter != null && filter.length() > OrderFilterParser.MAX_LENGTH) {
            filter = filter.substring(0, OrderFilterParser.MAX_LENGTH);
        }
        int page = AdminFormats.positiveParameter(PAGE_PARAM, 1) - 1;
        OrderHistoryPage orders = ordersService.findOrders(customerId, filter, page, pageSize);

        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "CustomerOrders_Title", "/customer", form.getId())
                .column("number", "CustomerOrders_Number", "15%")
                .column("date", "CustomerOrders_Date", "13%")
                .column("items", "CustomerOrders_Items", "30%")
                .column("total", "CustomerOrders_Total", "10%")
                .column("payment", "CustomerOrders_Payment", "11%")
                .column("status", "CustomerOrders_Status", "10%")
                .column("placedBy", "CustomerOrders_PlacedBy", "11%")
                .linkRowsTo("/order");
        for (OrderHistoryRow order : orders.getRows()) {
            Map<String, String> values = new LinkedHashMap<String, String>();
            values.put("number", order.getOrderNumber() == null ? "#" + order.getOrderId() : order.getOrderNumber());
            values.put("date", AdminFormats.dateTime(order.getSubmitDate()));
            values.put("items", items(order.getLines()));
            values.put("total", AdminFormats.money(order.getTotal(), order.getCurrencyCode()));
            values.put("payment", order.getPaymentStatus() == null ? "" : order.getPaymentStatus().getFriendlyType());
            values.put("status", statusLabel(order.getStatus()));
            values.put("placedBy", order.getPlacedByAdmin() == null ? "" : order.getPlacedByAdmin());
            grid.row(String.valueOf(order.getOrderId()), values);
        }
        int shownPage = orders.getPage() + 1;
        if (shownPage > 1) {
            grid.link("cmOrdersPrevious", "CustomerOrders_Previous", pageUrl(customerId, filter, shownPage - 1));
        }
        if (orders.getPage() < orders.getLastPage()) {
            grid.link("cmOrdersNext", "CustomerOrders_Next", pageUrl(customerId, filter, shownPage + 1));
        }
        long first = orders.getRows().isEmpty() ? 0 : (long) orders.getPage() * orders.getPageSize() + 1;
        long last = orders.getRows().isEmpty() ? 0 : first + orders.getRows().size() - 1;
        form.addField(FormExtras.gridFilter("cmOrdersFilterBox", "CustomerOrders_Filter", FILTER_PARAM, PAGE_PARAM,
                filter, OrderFilterParser.MAX_LENGTH, "CustomerOrders_Summary", first, last,
                orders.getTotalMatching()), "CustomerOrders_FilterGroup", 0, TAB_TITLE, TAB_ORDER);
        form.addListGrid(grid.build(), TAB_TITLE, TAB_ORDER);
    }

    /** "2 × Green Tea, 1 × Mug", the first few lines only. */
    static String items(List<OrderLine> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size() && i < LINES_SHOWN; i++) {
            OrderLine line = lines.get(i);
            text.append(i == 0 ? "" : ", ").append(line.getQuantity()).append(" \u00d7 ").append(line.getName());
        }
        if (lines.size() > LINES_SHOWN) {
            text.append(" + ").append(lines.size() - LINES_SHOWN).append(" more");
        }
        return text.toString();
    }

    static String statusLabel(String code) {
        OrderStatus status = OrderStatus.getInstance(code);
        return status == null ? (code == null ? "" : code) : status.getFriendlyType();
    }

    static String pageUrl(Long customerId, String filter, int page) {
        StringBuilder url = new StringBuilder("/customer/").append(customerId).append('?').append(PAGE_PARAM)
                .append('=').append(page);
        if (filter != null && !filter.isEmpty()) {
            try {
                url.append('&').append(FILTER_PARAM).append('=').append(URLEncoder.encode(filter, "UTF-8"));
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return url.toString();
    }
}
