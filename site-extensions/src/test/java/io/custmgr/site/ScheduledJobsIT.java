package io.custmgr.site;

import io.custmgr.common.job.ClusterJob;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.ScheduledMethodRunnable;

import org.springframework.test.util.ReflectionTestUtils;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The storefront context schedules the module's jobs with the configured cron expressions (page views and the e-mail
 * log each purged on its own schedule), each as a leased job that runs once per cluster.
 */
@BroadleafIntegrationTest
class ScheduledJobsIT {

    @Resource
    ApplicationContext context;

    @Test
    void purgeAndAbandonedCartScanAreScheduled() {
        Set<String> jobs = new HashSet<String>();
        for (ScheduledTaskRegistrar registrar : context.getBeansOfType(ScheduledTaskRegistrar.class).values()) {
            @SuppressWarnings("unchecked") // Spring 3.2 has no getter for the registered cron tasks
            List<CronTask> tasks = (List<CronTask>) ReflectionTestUtils.getField(registrar, "cronTasks");
            for (CronTask task : tasks) {
                if (task.getRunnable() instanceof ScheduledMethodRunnable) {
                    ScheduledMethodRunnable job = (ScheduledMethodRunnable) task.getRunnable();
                    assertTrue(job.getTarget() instanceof ClusterJob, job.getTarget() + " runs without a lease");
                    jobs.add(((ClusterJob) job.getTarget()).getName() + " " + task.getExpression());
                }
            }
        }
        assertTrue(jobs.contains("page-view-purge 0 17 3 * * *"), jobs.toString());
        assertTrue(jobs.contains("mail-log-purge 0 47 3 * * *"), jobs.toString());
        assertTrue(jobs.contains("abandoned-cart-scan 0 7/15 * * * *"), jobs.toString());
        assertTrue(jobs.contains("erasure-requests 0 47 2 * * *"), jobs.toString());
        assertTrue(jobs.contains("guest-expiry 0 37 2 * * *"), jobs.toString());
        assertTrue(jobs.contains("personal-data-export-purge 0 23 * * * *"), jobs.toString());
        assertTrue(jobs.contains("back-in-stock 0 */10 * * * *"), jobs.toString());
    }
}
