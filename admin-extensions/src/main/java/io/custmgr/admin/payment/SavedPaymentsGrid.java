package io.custmgr.admin.payment;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.customer.payment.service.SavedPaymentService;
import io.custmgr.customer.payment.service.SavedPaymentView;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * "Saved payment methods" on the customer form's Contact Info tab, where Broadleaf keeps its own grid of them: the customer's saved payment methods, masked (type, last four digits,
 * expiry, default, billing address; never the gateway token or other stored fields). A row opens its page, where a
 * merchant allowed to update customers removes it. Broadleaf's own "Customer Payments" grid, which shows the stored
 * fields, is hidden (blMetadataOverrides).
 */
@Component("cmSavedPaymentsGrid")
public class SavedPaymentsGrid extends CustomerFormExtension {

    public static final String GRID_KEY = "cmSavedPayments";
    /** Broadleaf's Contact Info tab of the customer form (CustomerImpl.Presentation.Tab), not a tab of its own. */
    public static final String TAB_TITLE = CustomerImpl.Presentation.Tab.Name.Contact;
    public static final int TAB_ORDER = CustomerImpl.Presentation.Tab.Order.Contact;

    @Resource(name = "cmSavedPaymentService")
    protected SavedPaymentService savedPayments;

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "SavedPayments_Title", "/customer", form.getId())
                .column("payment", "SavedPayments_Payment", "30%")
                .column("expires", "SavedPayments_Expires")
                .column("isDefault", "SavedPayments_Default")
                .column("billing", "SavedPayments_Billing", "40%")
                .linkRowsTo(SavedPaymentPaths.paymentsOf(customerId));
        for (SavedPaymentView payment : savedPayments.findSavedPayments(customerId)) {
            Map<String, String> values = new LinkedHashMap<String, String>();
            values.put("payment", payment.getLabel());
            values.put("expires", payment.getExpiry() == null ? ""
                    : payment.getExpiry() + (payment.getExpiry().isExpired() ? " (expired)" : ""));
            values.put("isDefault", payment.isDefaultPayment() ? "Default" : "");
            values.put("billing", join(payment));
            grid.row(String.valueOf(payment.getId()), values);
        }
        form.addListGrid(grid.build(), TAB_TITLE, TAB_ORDER);
    }

    private static String join(SavedPaymentView payment) {
        StringBuilder text = new StringBuilder();
        for (String line : payment.getBillingAddressLines()) {
            text.append(text.length() == 0 ? "" : ", ").append(line);
        }
        return text.toString();
    }
}
