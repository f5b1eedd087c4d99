package io.custmgr.search.export.writer;

import io.custmgr.search.export.ExportColumn;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV (comma, CRLF, quotes where needed) in UTF-8 with a byte order mark, without which Excel reads the file
 * in the machine's legacy code page and garbles accents. Header row of labels. Text is {@link SpreadsheetFormulas
 * neutralised}; numbers stay plain numbers.
 */
class CsvExportWriter implements ExportWriter {

    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final BufferedWriter text;
    private CSVPrinter printer;
    private List<ExportColumn> columns;
    private final List<String> record = new ArrayList<String>();

    CsvExportWriter(OutputStream out) {
        this.text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public void begin(List<ExportColumn> columns) throws IOException {
        this.columns = columns;
        text.write(BYTE_ORDER_MARK);
        printer = new CSVPrinter(text, CSVFormat.RFC4180);
        for (ExportColumn column : columns) {
            record.add(column.getLabel());
        }
        printer.printRecord(record);
    }

    @Override
    public void row(Object[] values) throws IOException {
        record.clear();
        for (int i = 0; i < values.length; i++) {
            String value = ValueText.of(columns.get(i).getType(), values[i]);
            record.add(columns.get(i).getType().isNumeric() ? value : SpreadsheetFormulas.neutralise(value));
        }
        printer.printRecord(record);
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    /** Nothing to release: closing the printer would close the caller's stream. */
    @Override
    public void close() {
    }
}
