package io.custmgr.search.export.writer;

import io.custmgr.search.export.ExportColumn;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes one export to an output stream as rows arrive, holding no more than a small, fixed number of rows: {@link
 * #begin} once, {@link #row} per customer, {@link #finish} once, and {@link #close} always (in a finally block).
 *
 * <p>The writer never closes the output stream it was given (a servlet response or a file belongs to the caller). After
 * an exception the output is incomplete and the writer must only be closed.
 */
public interface ExportWriter extends Closeable {

    /** Writes what comes before the rows (header). @param columns the export's columns, in order, at least one */
    void begin(List<ExportColumn> columns) throws IOException;

    /**
     * @param values one value per column, in the columns' order, each of its column's {@link
     *        io.custmgr.search.export.ValueType} Java type or null
     */
    void row(Object[] values) throws IOException;

    /** Completes the document and flushes it to the stream. */
    void finish() throws IOException;

    /** Releases what the writer holds (temporary files included), finished or not; may be called more than once. */
    @Override
    void close() throws IOException;
}
