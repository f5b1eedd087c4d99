package io.custmgr.admin.consent;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.CustomerForms;
import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.consent.domain.ConsentRecord;
import io.custmgr.consent.service.ConsentService;
import io.custmgr.consent.type.ConsentKind;
import io.custmgr.consent.type.ConsentSource;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Tab;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.text.SimpleDateFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

/**
 * A read-only "Consents" grid on the first tab of the customer form: each consent given or withdrawn, newest first
 * (one bounded query), with when, where from and the IP.
 */
@Component("cmConsentsSection")
public class ConsentsSection extends CustomerFormExtension {

    public static final String GRID_KEY = "cmConsents";

    @Resource(name = "cmConsentService")
    protected ConsentService consentService;

    @Value("${custmgr.admin.consentRows:50}")
    protected int rows;

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        Tab tab = CustomerForms.firstTab(form);
        if (tab == null) {
            return;
        }
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "CustomerConsents_Title", "/customer", form.getId())
                .column("kind", "CustomerConsents_Kind")
                .column("state", "CustomerConsents_State")
                .column("time", "CustomerConsents_Time")
                .column("source", "CustomerConsents_Source")
                .column("ip", "CustomerConsents_Ip");
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        for (ConsentRecord record : consentService.findConsents(customerId, rows)) {
            Map<String, String> values = new LinkedHashMap<String, String>();
            values.put("kind", kindLabel(record.getKind()));
            values.put("state", record.isGranted() ? "Granted" : "Withdrawn");
            values.put("time", format.format(record.getRecordedAt()));
            values.put("source", sourceLabel(record));
            values.put("ip", record.getIpAddress());
            grid.row(String.valueOf(record.getId()), values);
        }
        tab.getListGrids().add(grid.build());
    }

    static String kindLabel(String kind) {
        if (ConsentKind.NEWSLETTER.equals(kind)) {
            return "Newsletter opt-in";
        }
        return ConsentKind.RECEIVE_EMAIL.equals(kind) ? "Receive Email" : kind;
    }

    static String sourceLabel(ConsentRecord record) {
        String source = record.getSource();
        if (ConsentSource.ADMIN.name().equals(source)) {
            return record.getAdminUserId() == null ? "Admin" : "Admin (user " + record.getAdminUserId() + ")";
        } else if (ConsentSource.REGISTRATION.name().equals(source)) {
            return "Registration";
        } else if (ConsentSource.CHECKOUT.name().equals(source)) {
            return "Checkout";
        } else if (ConsentSource.ACCOUNT_PAGE.name().equals(source)) {
            return "Storefront account";
        }
        return ConsentSource.HOST_CODE.name().equals(source) ? "Host code or job" : source;
    }
}
