package io.custmgr.activity.service;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * Makes sure every activity type has its switch row once the context is up, so the admin lists them all. A failure
 * (e.g. the table not created yet) is logged, not fatal: missing rows simply mean "enabled".
 */
@Component("cmActivityTypeSettingsInitializer")
public class ActivityTypeSettingsInitializer implements ApplicationListener<ContextRefreshedEvent> {

    private static final Log LOG = LogFactory.getLog(ActivityTypeSettingsInitializer.class);

    @Resource(name = "cmActivityLogService")
    protected ActivityLogService activityLogService;

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return; // once, for the root context, not again for each servlet context
        }
        try {
            activityLogService.findOrCreateTypeSettings();
        } catch (RuntimeException e) {
            LOG.warn("Activity log: could not create the rows of CM_ACTIVITY_EVENT_TYPE: " + e);
        }
    }
}
