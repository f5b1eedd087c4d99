package io.custmgr.search.export.service;

import io.custmgr.search.export.CustomerIdSource;
import io.custmgr.search.export.ExportColumn;
import io.custmgr.search.export.ExportFormat;
import io.custmgr.search.export.ExportProgress;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes customer exports (bean {@code cmCustomerExporter}). Streams: ids are taken from the source and read in batches
 * (one set of statements per batch), each row is written as soon as it is read, so memory stays the same whatever the
 * number of customers. Who may export and the audit record are the caller's business (the admin checks
 * {@code PERMISSION_CUSTMGR_EXPORT_CUSTOMERS}).
 *
 * <p>No transaction of its own: each batch's statements run in the caller's transaction when there is one, else each on
 * its own (so a long export holds no transaction open). Not for a request thread when the export is large: run it on a
 * background thread writing to a file.
 */
public interface CustomerExporter {

    /**
     * Customers read per batch: one id range when the batch's ids are ascending and close together (all customers, a
     * search sorted by id), else IN lists of 500. Bounds the rows held in memory.
     */
    int BATCH_SIZE = 5000;

    /**
     * @param ids the customers, in export order (used up by the export)
     * @param columns at least one column, in order
     * @param out receives the file; flushed, never closed
     * @return the number of customers written
     * @throws IOException when the stream fails; what was written is then incomplete
     * @throws IllegalArgumentException when no column is given
     */
    long export(CustomerIdSource ids, List<ExportColumn> columns, ExportFormat format, OutputStream out)
            throws IOException;

    /** As {@link #export(CustomerIdSource, List, ExportFormat, OutputStream)}, telling {@code progress} after each batch. */
    long export(CustomerIdSource ids, List<ExportColumn> columns, ExportFormat format, OutputStream out,
            ExportProgress progress) throws IOException;

    /** @return a new source of every customer by ascending id (the SQL fallback for "export all") */
    CustomerIdSource allCustomers();
}
