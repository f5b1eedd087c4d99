package io.custmgr.privacy.export.service;

import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailKind;
import io.custmgr.common.mailedlink.service.MailedLink;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException.Reason;
import io.custmgr.common.mailedlink.service.MailedLinks;
import io.custmgr.privacy.dao.ErasureDao;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/** One background thread writes the exports, one after the other. */
@Service("cmPersonalDataExportJobs")
public class PersonalDataExportJobsImpl implements PersonalDataExportJobs {

    private static final Log LOG = LogFactory.getLog(PersonalDataExportJobsImpl.class);
    private static final String SUFFIX = ".zip";

    @Resource(name = "cmPersonalDataExporter")
    protected PersonalDataExporter exporter;

    @Resource(name = "cmMailedLinks")
    protected MailedLinks mailedLinks;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @Value("${custmgr.privacy.exportDirectory:}")
    protected String directorySetting;

    @Value("${custmgr.privacy.exportLinkValidHours:48}")
    protected int validHours;

    @Value("${custmgr.privacy.exportRequestHours:24}")
    protected int requestHours;

    @Resource(name = "cmCustomerMailer")
    protected CustomerMailer mailer;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "cmErasureDao")
    protected ErasureDao erasureDao;

    protected File directory;
    protected ExecutorService executor;
    protected final Map<String, PersonalDataExportJob> jobs = new ConcurrentHashMap<String, PersonalDataExportJob>();

    @PostConstruct
    public void init() throws IOException {
        directory = directorySetting == null || directorySetting.trim().isEmpty()
                ? new File(System.getProperty("java.io.tmpdir"), "custmgr-personal-data")
                : new File(directorySetting.trim());
        Files.createDirectories(directory.toPath());
        executor = Executors.newSingleThreadExecutor(new ThreadFactory() {
            @Override
            public Thread newThread(Runnable work) {
                Thread thread = new Thread(work, "custmgr-personal-data-export");
                thread.setDaemon(true);
                return thread;
            }
        });
    }

    @PreDestroy
    public void destroy() {
        executor.shutdownNow();
    }

    @Override
    public PersonalDataExportJob start(final long customerId, final String context) {
        return launch(customerId, context, null);
    }

    @Override
    public PersonalDataExportJob request(long customerId, String downloadUrl) {
        return launch(customerId, STOREFRONT_CONTEXT, downloadUrl);
    }

    /**
     * Refuses a shopper's request within {@code custmgr.privacy.exportRequestHours} of the last one. Called in the
     * transaction that records the request, after the customer's row is locked: of two requests racing, the second
     * sees the first's record.
     */
    protected void checkRequestInterval(long customerId) {
        Date last = lastShopperRequest(customerId);
        if (last != null && last.getTime() > System.currentTimeMillis() - requestHours * 3600000L) {
            throw new PersonalDataExportRefusedException("You asked for a copy of your data less than " + requestHours
                    + " hours ago; its link was mailed to you. You can ask again after "
                    + new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT).format(
                            new Date(last.getTime() + requestHours * 3600000L)) + ".");
        }
    }

    @Override
    public Date lastShopperRequest(long customerId) {
        return jdbc.queryForObject("SELECT MAX(EVENT_TIME) FROM CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ? AND ACTION = ?"
                + " AND DETAIL = ?", Timestamp.class, customerId, CustomerAuditAction.PERSONAL_DATA_EXPORTED.getType(),
                STOREFRONT_CONTEXT);
    }

    /** @param shopperDownloadUrl null: an admin export (admin link); else the shopper's, whose link is mailed */
    protected PersonalDataExportJob launch(final long customerId, final String context,
            final String shopperDownloadUrl) {
        String refusal = exporter.refusal(customerId);
        if (refusal != null) {
            throw new PersonalDataExportRefusedException(refusal);
        }
        final PersonalDataExportJob job = new PersonalDataExportJob(UUID.randomUUID().toString(), customerId);
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                if (shopperDownloadUrl != null) {
                    erasureDao.lockCustomers(Collections.singletonList(customerId));
                    checkRequestInterval(customerId);
                }
                auditService.record(CustomerAuditEntry.of(customerId, CustomerAuditAction.PERSONAL_DATA_EXPORTED,
                        context));
            }
        });
        jobs.put(job.getId(), job);
        executor.execute(new Runnable() {
            @Override
            public void run() {
                File file = write(job);
                if (file != null && shopperDownloadUrl != null) {
                    mailLink(job, file, shopperDownloadUrl);
                }
            }
        });
        return job;
    }

    /** Mails the shopper the link of a ready export; a mail that cannot be sent is logged (the file expires). */
    protected void mailLink(PersonalDataExportJob job, File file, String downloadUrl) {
        try {
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT EMAIL_ADDRESS, FIRST_NAME FROM BLC_CUSTOMER"
                    + " WHERE CUSTOMER_ID = ?", job.getCustomerId());
            Object to = rows.isEmpty() ? null : rows.get(0).get("EMAIL_ADDRESS");
            if (to == null) {
                LOG.warn("Personal data export " + job.getId() + ": customer " + job.getCustomerId()
                        + " has no e-mail address to mail the link to");
                return;
            }
            String token = mailedLinks.issueToken(SHOPPER_PURPOSE, job.getCustomerId(), null, file.getName(),
                    validHours * 3600L);
            CustomerMail mail = new CustomerMail(to.toString(), MAIL_TEMPLATE, "A copy of your personal data")
                    .with("firstName", rows.get(0).get("FIRST_NAME"))
                    .with("downloadUrl", downloadUrl + "?token=" + token)
                    .with("validHours", validHours)
                    .about(MailKind.PERSONAL_DATA_EXPORT, job.getCustomerId());
            if (!mailer.send(mail)) {
                LOG.warn("Personal data export " + job.getId() + ": the mail service did not take the link's mail");
            }
        } catch (RuntimeException e) {
            LOG.error("Personal data export " + job.getId() + ": the link could not be mailed", e);
        }
    }

    @Override
    public File shopperDownload(String token, long signedInCustomerId) {
        MailedLink link = mailedLinks.readBearer(SHOPPER_PURPOSE, token);
        if (link.getCustomerId() != signedInCustomerId) {
            throw new MailedLinkRefusedException(Reason.OTHER_ACCOUNT);
        }
        return fileOf(link);
    }

    /** @return the written file, or null when the export failed (the job says so) */
    protected File write(final PersonalDataExportJob job) {
        File file = new File(directory, job.getId() + SUFFIX);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file.toPath()), 64 * 1024)) {
            exporter.export(job.getCustomerId(), out, new PersonalDataExporter.ExportProgress() {
                @Override
                public void recordsWritten(long records) {
                    job.setRecords(records);
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.error("Personal data export " + job.getId() + " of customer " + job.getCustomerId() + " failed", e);
            job.failed();
            if (!file.delete() && file.exists()) {
                LOG.warn("Could not delete the failed export " + file);
            }
            return null;
        }
        job.ready(mailedLinks.issueToken(ADMIN_PURPOSE, job.getCustomerId(), null, file.getName(),
                validHours * 3600L));
        return file;
    }

    @Override
    public PersonalDataExportJob find(String jobId) {
        return jobId == null ? null : jobs.get(jobId);
    }

    @Override
    public File adminDownload(String token) {
        return fileOf(mailedLinks.readBearer(ADMIN_PURPOSE, token));
    }

    /** The export file a link names, refused as expired once purged (or for a name that is not one of ours). */
    protected File fileOf(MailedLink link) {
        String name = link.getPayload();
        File file = name == null || !name.endsWith(SUFFIX) || name.contains("/") || name.contains("\\") ? null
                : new File(directory, name);
        if (file == null || !file.isFile()) {
            throw new MailedLinkRefusedException(Reason.EXPIRED); // purged: as good as expired
        }
        return file;
    }

    @Override
    public int purgeExpired() {
        long cutoff = System.currentTimeMillis() - validHours * 3600000L;
        for (Iterator<PersonalDataExportJob> it = jobs.values().iterator(); it.hasNext();) {
            PersonalDataExportJob job = it.next();
            if (job.getFinished() != null && job.getFinished().getTime() < cutoff) {
                it.remove();
            }
        }
        int deleted = 0;
        File[] files = directory.listFiles();
        for (File file : files == null ? new File[0] : files) {
            if (file.getName().endsWith(SUFFIX) && file.lastModified() < cutoff && file.delete()) {
                deleted++;
            }
        }
        return deleted;
    }
}
