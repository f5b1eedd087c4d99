package io.custmgr.privacy.export.service;

import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;

import java.io.File;

/**
 * Personal data exports as background jobs (bean {@code cmPersonalDataExportJobs}): the ZIP is written by
 * {@link PersonalDataExporter} to a file in {@code custmgr.privacy.exportDirectory}, downloadable through a signed link
 * valid {@code custmgr.privacy.exportLinkValidHours} hours ({@code cmMailedLinks}, purpose
 * {@value #ADMIN_PURPOSE}); {@link #purgeExpired} removes files older than that. Jobs are kept in this node's memory:
 * the progress page must be served by the node that runs the export (sticky sessions).
 */
public interface PersonalDataExportJobs {

    /** The link purpose of admin downloads: bearer links, checked together with the admin permission. */
    String ADMIN_PURPOSE = "PERSONAL_EXPORT_ADMIN";

    /**
     * Starts an export of the customer and records it in the customer's audit trail (the admin user or customer
     * behind the current request, with the IP; "system" otherwise).
     *
     * @param context a few words for the audit record, e.g. "requested in the admin"
     * @throws PersonalDataExportRefusedException the customer does not exist, is erased or merged away
     */
    PersonalDataExportJob start(long customerId, String context);

    /** @return the job, or null when unknown (another node's, or purged) */
    PersonalDataExportJob find(String jobId);

    /**
     * The file of an admin download link.
     *
     * @throws MailedLinkRefusedException unknown or tampered token, expired link, or the file purged already
     */
    File adminDownload(String token);

    /** Deletes export files (and forgets jobs) older than the link validity. @return files deleted */
    int purgeExpired();
}
