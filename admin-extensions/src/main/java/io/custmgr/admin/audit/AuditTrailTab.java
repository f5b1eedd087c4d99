package io.custmgr.admin.audit;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.audit.domain.CustomerAuditRecord;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.text.SimpleDateFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

/** An "Audit" tab on the customer form: who changed what and when, newest first (one bounded query), read-only. */
@Component("cmAuditTrailTab")
public class AuditTrailTab extends CustomerFormExtension {

    public static final String GRID_KEY = "cmAuditTrail";
    private static final int TAB_ORDER = 9500;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @Value("${custmgr.admin.auditRows:200}")
    protected int rows;

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "CustomerAudit_Title", "/customer", form.getId())
                .column("time", "CustomerAudit_Time")
                .column("actor", "CustomerAudit_Actor")
                .column("ip", "CustomerAudit_Ip")
                .column("action", "CustomerAudit_Action")
                .column("field", "CustomerAudit_Field")
                .column("before", "CustomerAudit_Before")
                .column("after", "CustomerAudit_After")
                .column("detail", "CustomerAudit_Detail");
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        for (CustomerAuditRecord record : auditService.findRecords(customerId, 0, rows)) {
            Map<String, String> values = new LinkedHashMap<String, String>();
            values.put("time", format.format(record.getEventTime()));
            values.put("actor", record.getActorName());
            values.put("ip", record.getIpAddress());
            CustomerAuditAction action = CustomerAuditAction.getInstance(record.getAction());
            values.put("action", action == null ? record.getAction() : action.getFriendlyType());
            values.put("field", record.getField());
            values.put("before", record.getOldValue());
            values.put("after", record.getNewValue());
            values.put("detail", record.getDetail());
            grid.row(String.valueOf(record.getId()), values);
        }
        form.addListGrid(grid.build(), "CustomerAudit_Tab", TAB_ORDER);
    }
}
