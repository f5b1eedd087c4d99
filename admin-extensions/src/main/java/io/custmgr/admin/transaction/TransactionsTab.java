package io.custmgr.admin.transaction;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.admin.orders.AdminFormats;
import io.custmgr.admin.security.AdminOperation;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.customer.orders.transaction.CurrencyTotals;
import io.custmgr.customer.orders.transaction.CustomerTransaction;
import io.custmgr.customer.orders.transaction.CustomerTransactionService;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * A "Transactions" tab on the customer form for admin users who may read orders: every payment transaction of every
 * placed order of the customer (authorize, capture, refund, void, ...), newest first, a page at a time through the
 * GET parameter {@value #PAGE_PARAM}, each row opening Broadleaf's order screen; below, paid, refunded and outstanding
 * per currency. Two SQL statements whatever the number of orders. "Record a transaction…" (permission "Record
 * Transactions") opens the manual payment and refund page.
 */
@Component("cmTransactionsTab")
public class TransactionsTab extends CustomerFormExtension {

    public static final String GRID_KEY = "cmTransactions";
    /** After the transactions: Broadleaf orders a tab's grids by key. */
    public static final String TOTALS_KEY = "cmTransactionsTotals";
    public static final String TAB_TITLE = "Transactions_Tab";
    public static final int TAB_ORDER = 7100;
    /** 1-based page number. */
    public static final String PAGE_PARAM = "cmTransactionsPage";

    @Resource(name = "cmCustomerTransactionService")
    protected CustomerTransactionService transactions;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Value("${custmgr.admin.transactionRows:50}")
    protected int pageSize;

    @Override
    protected boolean applies(Entity entity) {
        return permissions.may(AdminOperation.READ, Order.class);
    }

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        int page = AdminFormats.positiveParameter(PAGE_PARAM, 1) - 1;
        List<CustomerTransaction> rows = transactions.findTransactions(customerId, page, pageSize);
        List<CurrencyTotals> totals = transactions.findTotals(customerId);
        long count = 0;
        for (CurrencyTotals currency : totals) {
            count += currency.getTransactions();
        }
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "Transactions_Title", "/customer", form.getId())
                .column("order", "Transactions_Order", "14%")
                .column("type", "Transactions_Type", "15%")
                .column("amount", "Transactions_Amount", "9%")
                .column("success", "Transactions_Success", "8%")
                .column("time", "Transactions_Time", "14%")
                .column("method", "Transactions_Method", "13%")
                .column("reference", "Transactions_Reference", "12%")
                .column("reason", "Transactions_Reason")
                .linkRowsTo("/order");
        for (CustomerTransaction row : rows) {
            grid.row(String.valueOf(row.getOrderId()), values(row));
        }
        if (permissions.holds(AdminPermissions.RECORD_TRANSACTIONS)) {
            grid.link("cmRecordTransaction", "Transactions_Record", TransactionPaths.ofCustomer(customerId));
        }
        if (page > 0) {
            grid.link("cmTransactionsPrevious", "Transactions_Previous", pageUrl(customerId, page));
        }
        if ((long) (page + 1) * pageSize < count) {
            grid.link("cmTransactionsNext", "Transactions_Next", pageUrl(customerId, page + 2));
        }
        form.addListGrid(grid.build(), TAB_TITLE, TAB_ORDER);
        form.addListGrid(totalsGrid(form, totals).build(), TAB_TITLE, TAB_ORDER);
    }

    static Map<String, String> values(CustomerTransaction row) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("order", row.getOrderNumber() == null ? "#" + row.getOrderId() : row.getOrderNumber());
        values.put("type", row.getTypeLabel());
        values.put("amount", AdminFormats.money(row.getAmount(), row.getCurrencyCode()));
        values.put("success", row.isSuccess() ? "Yes" : "No");
        values.put("time", AdminFormats.dateTime(row.getDate()));
        PaymentType method = row.getPaymentType() == null ? null : PaymentType.getInstance(row.getPaymentType());
        values.put("method", method == null ? row.getPaymentType() : method.getFriendlyType());
        values.put("reference", row.getReference());
        values.put("reason", row.getReason());
        return values;
    }

    private static ReadOnlyListGrid totalsGrid(EntityForm form, List<CurrencyTotals> totals) {
        ReadOnlyListGrid grid = new ReadOnlyListGrid(TOTALS_KEY, "Transactions_Totals", "/customer", form.getId())
                .column("currency", "Transactions_Currency", "15%")
                .column("paid", "Transactions_Paid")
                .column("refunded", "Transactions_Refunded")
                .column("outstanding", "Transactions_Outstanding")
                .column("count", "Transactions_Count");
        for (CurrencyTotals currency : totals) {
            String code = currency.getCurrencyCode();
            Map<String, String> values = new LinkedHashMap<String, String>();
            values.put("currency", code == null ? "Default" : code);
            values.put("paid", AdminFormats.money(currency.getPaid(), code));
            values.put("refunded", AdminFormats.money(currency.getRefunded(), code));
            values.put("outstanding", AdminFormats.money(currency.getOutstanding(), code));
            values.put("count", String.valueOf(currency.getTransactions()));
            grid.row(code == null ? "default" : code, values);
        }
        return grid;
    }

    static String pageUrl(Long customerId, int page) {
        return "/customer/" + customerId + "?" + PAGE_PARAM + "=" + page;
    }
}
