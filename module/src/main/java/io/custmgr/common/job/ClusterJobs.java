package io.custmgr.common.job;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.MethodInvokingRunnable;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

/**
 * Makes the module's scheduled jobs {@link ClusterJob}s (bean {@code cmClusterJobs}): one lock provider on
 * {@code CM_JOB_LOCK} (ShedLock's JDBC provider, its leases kept alive while a job runs), this node's name, the run
 * records. The module's webapp contexts declare each job as {@code factory-method="job"} and schedule its
 * {@code run}. Settings: {@code custmgr.jobs.nodeName} (empty: host name and process id),
 * {@code custmgr.jobs.leaseSeconds}, {@code custmgr.jobs.minimumSpacingSeconds}.
 */
public class ClusterJobs implements DisposableBean {

    /** The jobs the module schedules, name to what the admin shows, in the order it lists them. */
    public static final Map<String, String> KNOWN;

    static {
        Map<String, String> known = new LinkedHashMap<String, String>();
        known.put("page-view-purge", "Navigation history purge: page views past their retention (storefront)");
        known.put("abandoned-cart-scan", "Abandoned-cart scan: logs carts left alone (storefront)");
        known.put("guest-expiry", "Guest expiry: anonymises expired guest profiles (storefront)");
        known.put("erasure-requests", "Erasure requests past their grace period (storefront)");
        known.put("mail-log-purge", "E-mail log purge: logged e-mails past their retention (storefront)");
        known.put("personal-data-export-purge", "Personal data copies past their link's validity (storefront)");
        known.put("back-in-stock", "Back-in-stock mails to subscribers of SKUs available again (storefront)");
        KNOWN = Collections.unmodifiableMap(known);
    }

    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cm-job-lease-keepalive");
        thread.setDaemon(true);
        return thread;
    });
    private final LockProvider locks;
    private final JobRunDao runs;
    private final String node;
    private final Duration lease;
    private final Duration minimumSpacing;

    public ClusterJobs(DataSource dataSource, JdbcTemplate jdbc, String nodeName, int leaseSeconds,
            int minimumSpacingSeconds) {
        this.locks = new KeepAliveLockProvider(new JdbcLockProvider(dataSource, JobLockImpl.TABLE), keepAlive);
        this.runs = new JobRunDao(jdbc);
        this.node = nodeName == null || nodeName.trim().isEmpty() ? defaultNodeName() : nodeName.trim();
        this.lease = Duration.ofSeconds(leaseSeconds);
        this.minimumSpacing = Duration.ofSeconds(minimumSpacingSeconds);
    }

    /** A job that calls {@code target.method()} once per cluster per tick. */
    public ClusterJob job(String name, Object target, String method) throws ClassNotFoundException,
            NoSuchMethodException {
        MethodInvokingRunnable call = new MethodInvokingRunnable();
        call.setTargetObject(target);
        call.setTargetMethod(method);
        call.prepare();
        return job(name, () -> {
            try {
                call.invoke();
            } catch (java.lang.reflect.InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw new IllegalStateException(cause);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public ClusterJob job(String name, Runnable task) {
        return new ClusterJob(name, task, locks, runs, node, lease, minimumSpacing);
    }

    public JobRunDao getRuns() {
        return runs;
    }

    public String getNode() {
        return node;
    }

    @Override
    public void destroy() {
        keepAlive.shutdownNow();
    }

    /** "host (pid 1234)", from the JVM's own name ("1234@host"). */
    static String defaultNodeName() {
        String jvm = ManagementFactory.getRuntimeMXBean().getName();
        int at = jvm.indexOf('@');
        return at < 0 ? jvm : jvm.substring(at + 1) + " (pid " + jvm.substring(0, at) + ")";
    }
}
