package io.custmgr.search.export.job;

import io.custmgr.search.export.CustomerIdSource;
import io.custmgr.search.export.ExportColumn;
import io.custmgr.search.export.ExportFormat;
import io.custmgr.search.export.ExportProgress;
import io.custmgr.search.export.service.CustomerExporter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskExecutor;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Large exports on a background thread (bean {@code cmExportJobs}): the file is written to a temporary directory, the
 * admin page polls the job's progress and offers the download when it is ready. Files and jobs are forgotten
 * {@code keepMinutes} after they finish (and at shutdown); the job id is random, and only its starter may fetch it.
 */
public class ExportJobs implements DisposableBean {

    private static final Log LOG = LogFactory.getLog(ExportJobs.class);

    /** Told the job's outcome on its thread (e.g. to write the audit record with the row count). */
    public interface Completion {
        void finished(ExportJob job);
    }

    private final CustomerExporter exporter;
    private final TaskExecutor executor;
    private final long keepMs;
    private final long directRows;
    private final Map<String, ExportJob> jobs = new ConcurrentHashMap<String, ExportJob>();

    public ExportJobs(CustomerExporter exporter, TaskExecutor executor, int keepMinutes, long directRows) {
        this.exporter = exporter;
        this.directRows = directRows;
        this.executor = executor;
        this.keepMs = keepMinutes * 60000L;
    }

    public ExportJob start(final CustomerIdSource ids, final List<ExportColumn> columns, final ExportFormat format,
            long expectedRows, Long adminUserId, final Completion completion) throws IOException {
        forgetOld();
        File file = Files.createTempFile("custmgr-export-", "." + format.getExtension()).toFile();
        final ExportJob job = new ExportJob(UUID.randomUUID().toString(), adminUserId, format, expectedRows, file);
        jobs.put(job.getId(), job);
        executor.execute(new Runnable() {
            @Override
            public void run() {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(job.getFile().toPath()))) {
                    long rows = exporter.export(ids, columns, format, out, new ExportProgress() {
                        @Override
                        public void rowsWritten(long rows) {
                            job.setRows(rows);
                        }
                    });
                    job.setRows(rows);
                    out.flush();
                    job.finish(ExportJob.State.READY, null);
                } catch (Exception e) {
                    LOG.error("Customer export " + job.getId() + " failed", e);
                    job.finish(ExportJob.State.FAILED, e.getClass().getSimpleName());
                }
                try {
                    completion.finished(job);
                } catch (RuntimeException e) {
                    LOG.error("Customer export " + job.getId() + ": recording its outcome failed", e);
                }
            }
        });
        return job;
    }

    /** @return the most rows an export may write straight into a request's response; more run here */
    public long getDirectRows() {
        return directRows;
    }

    /** @return the job, or null when unknown or forgotten */
    public ExportJob find(String id) {
        return id == null ? null : jobs.get(id);
    }

    private void forgetOld() {
        long now = System.currentTimeMillis();
        for (ExportJob job : jobs.values()) {
            if (job.getFinished() != null && now - job.getFinished().getTime() > keepMs) {
                forget(job);
            }
        }
    }

    private void forget(ExportJob job) {
        jobs.remove(job.getId());
        if (!job.getFile().delete() && job.getFile().exists()) {
            LOG.warn("Could not delete the export file " + job.getFile());
        }
    }

    @Override
    public void destroy() {
        for (ExportJob job : jobs.values()) {
            forget(job);
        }
    }
}
