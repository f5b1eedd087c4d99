package io.custmgr.privacy.export.section;

import io.custmgr.customer.payment.service.SavedPaymentService;
import io.custmgr.customer.payment.service.SavedPaymentView;
import io.custmgr.privacy.export.PersonalDataSection;
import io.custmgr.privacy.export.SectionOutput;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Saved payment methods in the masked form every page shows ({@link SavedPaymentView}): type, last four digits,
 * expiry, default flag, billing address. Never the gateway token. A customer has a handful: read at once.
 */
@Component("cmExportSavedPaymentsSection")
public class SavedPaymentsSection implements PersonalDataSection {

    @Resource(name = "cmSavedPaymentService")
    protected SavedPaymentService savedPaymentService;

    @Override public String getKey() { return "savedPayments"; }
    @Override public String getTitle() { return "Saved payment methods"; }
    @Override public int getOrder() { return 450; }

    @Override
    public void write(long customerId, SectionOutput out) throws IOException {
        for (SavedPaymentView payment : savedPaymentService.findSavedPayments(customerId)) {
            Map<String, Object> values = new LinkedHashMap<String, Object>();
            values.put("type", payment.getType());
            values.put("lastFour", payment.getLastFour());
            values.put("expires", payment.getExpiry() == null ? null : payment.getExpiry().toString());
            values.put("defaultPayment", payment.isDefaultPayment());
            values.put("billingAddress", String.join(", ", payment.getBillingAddressLines()));
            out.record(values);
        }
    }
}
