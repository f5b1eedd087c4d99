package io.custmgr.search.export;

/**
 * Told how far an export has come, after each batch (for a background export's progress). Called on the exporting
 * thread; an exception thrown here ends the export (a way to cancel it), and the exception reaches the exporter's caller.
 */
public interface ExportProgress {

    /** @param rows customers written so far */
    void rowsWritten(long rows);
}
