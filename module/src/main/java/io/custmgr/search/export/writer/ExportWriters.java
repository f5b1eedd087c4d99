package io.custmgr.search.export.writer;

import io.custmgr.search.export.ExportFormat;

import java.io.OutputStream;

/** The writer of each export format. */
public final class ExportWriters {

    private ExportWriters() {
    }

    /** @return a new writer of the format onto {@code out} (which the writer will not close) */
    public static ExportWriter open(ExportFormat format, OutputStream out) {
        switch (format) {
            case CSV:
                return new CsvExportWriter(out);
            case XLSX:
                return new XlsxExportWriter(out);
            case XML:
                return new XmlExportWriter(out);
            case HTML:
                return new HtmlExportWriter(out);
            default:
                throw new IllegalArgumentException("No writer for " + format);
        }
    }
}
