package io.custmgr.site;

import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.ScheduledMethodRunnable;

import org.springframework.test.util.ReflectionTestUtils;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The storefront context schedules the module's jobs with the configured cron expressions. */
@BroadleafIntegrationTest
class ScheduledJobsIT {

    @Resource
    ApplicationContext context;

    @Test
    void purgeAndAbandonedCartScanAreScheduled() {
        Map<String, String> cronByJob = new HashMap<String, String>();
        for (ScheduledTaskRegistrar registrar : context.getBeansOfType(ScheduledTaskRegistrar.class).values()) {
            @SuppressWarnings("unchecked") // Spring 3.2 has no getter for the registered cron tasks
            List<CronTask> tasks = (List<CronTask>) ReflectionTestUtils.getField(registrar, "cronTasks");
            for (CronTask task : tasks) {
                if (task.getRunnable() instanceof ScheduledMethodRunnable) {
                    cronByJob.put(((ScheduledMethodRunnable) task.getRunnable()).getMethod().getName(),
                            task.getExpression());
                }
            }
        }
        assertEquals("0 17 3 * * *", cronByJob.get("purgeExpired"));
        assertEquals("0 7/15 * * * *", cronByJob.get("logAbandonedCarts"));
    }
}
