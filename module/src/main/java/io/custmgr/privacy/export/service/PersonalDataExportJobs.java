package io.custmgr.privacy.export.service;

import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;

import java.io.File;
import java.util.Date;

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

    /** The link purpose of the shopper's mailed download: valid only for the customer signed in as its owner. */
    String SHOPPER_PURPOSE = "PERSONAL_EXPORT_SHOPPER";

    /** The template of the mail that brings the shopper the download link (variables firstName, downloadUrl, validHours). */
    String MAIL_TEMPLATE = "custmgr-personal-data-export";

    /** The audit detail of an export the shopper asked for on the storefront. */
    String STOREFRONT_CONTEXT = "requested on the storefront";

    /**
     * Starts an export of the customer and records it in the customer's audit trail (the admin user or customer
     * behind the current request, with the IP; "system" otherwise).
     *
     * @param context a few words for the audit record, e.g. "requested in the admin"
     * @throws PersonalDataExportRefusedException the customer does not exist, is erased or merged away
     */
    PersonalDataExportJob start(long customerId, String context);

    /**
     * The shopper's own request (storefront): at most one per {@code custmgr.privacy.exportRequestHours}, audited as
     * {@value #STOREFRONT_CONTEXT}; when the file is ready, a link valid {@code custmgr.privacy.exportLinkValidHours}
     * is mailed to the customer's address ({@code downloadUrl} + {@code ?token=}), working only for that customer
     * signed in.
     *
     * @param downloadUrl the storefront's absolute download address, e.g. https://shop.example/account/personal-data/download
     * @throws PersonalDataExportRefusedException too soon after the last request, or the customer is erased, merged
     *         away or unknown
     */
    PersonalDataExportJob request(long customerId, String downloadUrl);

    /** @return when the customer last asked for a copy on the storefront, or null */
    Date lastShopperRequest(long customerId);

    /**
     * The file of a shopper's mailed link.
     *
     * @throws MailedLinkRefusedException unknown or tampered token, another customer's link, expired or purged
     */
    File shopperDownload(String token, long signedInCustomerId);

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
