package io.custmgr.admin.activity;

import io.custmgr.activity.domain.ActivityEvent;
import io.custmgr.activity.service.ActivityLogService;
import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.ReadOnlyListGrid;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.text.SimpleDateFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

/** An "Activity log" tab on the customer form: the latest events (one bounded query), newest first. */
@Component("cmActivityLogTab")
public class ActivityLogTab extends CustomerFormExtension {

    public static final String GRID_KEY = "cmActivityLog";
    public static final String TAB_TITLE = "CustomerActivityLog_Tab";
    private static final int TAB_ORDER = 9000;

    @Resource(name = "cmActivityLogService")
    protected ActivityLogService activityLogService;

    @Value("${custmgr.admin.activityLogRows:100}")
    protected int rows;

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "CustomerActivityLog_Title", "/customer", form.getId())
                .column("time", "CustomerActivityLog_Time")
                .column("type", "CustomerActivityLog_Type")
                .column("ip", "CustomerActivityLog_Ip")
                .column("detail", "CustomerActivityLog_Detail")
                .column("assistedBy", "CustomerActivityLog_AssistedBy");
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        for (ActivityEvent event : activityLogService.findEvents(customerId, 0, rows)) {
            Map<String, String> values = new LinkedHashMap<String, String>();
            values.put("time", format.format(event.getEventTime()));
            ActivityEventType type = ActivityEventType.getInstance(event.getEventType());
            values.put("type", type == null ? event.getEventType() : type.getFriendlyType());
            values.put("ip", event.getIpAddress());
            values.put("detail", event.getDetail());
            values.put("assistedBy", event.getAssistedBy() == null ? "" : event.getAssistedBy());
            grid.row(String.valueOf(event.getId()), values);
        }
        form.addListGrid(grid.build(), TAB_TITLE, TAB_ORDER);
    }
}
