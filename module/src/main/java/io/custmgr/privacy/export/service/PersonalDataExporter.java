package io.custmgr.privacy.export.service;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a customer's personal data export (bean {@code cmPersonalDataExporter}): one ZIP holding
 * {@code personal-data.json} (an {@code export} object, then one key per
 * {@link io.custmgr.privacy.export.PersonalDataSection}, each an array of records) and {@code personal-data.html}
 * (the same, readable, every value escaped). Streams: memory holds one record whatever the customer's data.
 */
public interface PersonalDataExporter {

    /**
     * Writes the ZIP to {@code out} (not closed) in its own read-only transaction.
     *
     * @param progress told the running number of records written; may be null
     * @return the number of records written
     * @throws PersonalDataExportRefusedException the customer does not exist, is erased or merged into another one;
     *         nothing is written
     */
    long export(long customerId, OutputStream out, ExportProgress progress) throws IOException;

    /** Says why the customer cannot be exported now, or null when it can. */
    String refusal(long customerId);

    /** Told how far an export is. */
    interface ExportProgress {

        void recordsWritten(long records);
    }
}
