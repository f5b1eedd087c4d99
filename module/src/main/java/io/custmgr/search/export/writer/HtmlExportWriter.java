package io.custmgr.search.export.writer;

import io.custmgr.search.export.ExportColumn;
import io.custmgr.search.export.ValueType;
import org.springframework.web.util.HtmlUtils;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A complete HTML page (UTF-8) with one table of the customers, styled for printing: landscape pages, the header row
 * repeated on each page, rows not split across pages. Every value and label is HTML-escaped, so a name a shopper typed
 * as markup shows as text and never runs.
 */
class HtmlExportWriter implements ExportWriter {

    static final String TITLE = "Customers";
    static final String STYLE = "body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;margin:1em}"
            + "h1{font-size:14pt;margin:0 0 .2em}p.meta{color:#555;margin:0 0 1em}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:2px 4px;"
            + "text-align:left;vertical-align:top}th{background:#eee}td.num{text-align:right}"
            + "@media print{@page{size:landscape;margin:1cm}body{margin:0;font-size:8pt}"
            + "thead{display:table-header-group}tr{page-break-inside:avoid}th{background:none}}";

    private final Writer html;
    private List<ExportColumn> columns;
    private long rows;

    HtmlExportWriter(OutputStream out) {
        this.html = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public void begin(List<ExportColumn> columns) throws IOException {
        this.columns = columns;
        html.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + TITLE + "</title>"
                + "<style>" + STYLE + "</style></head>\n<body><h1>" + TITLE + "</h1><p class=\"meta\">Exported "
                + ValueText.DATETIME.format(LocalDateTime.now()) + "</p>\n<table><thead><tr>");
        for (ExportColumn column : columns) {
            html.write("<th>" + escape(column.getLabel()) + "</th>");
        }
        html.write("</tr></thead>\n<tbody>\n");
    }

    @Override
    public void row(Object[] values) throws IOException {
        html.write("<tr>");
        for (int i = 0; i < values.length; i++) {
            ValueType type = columns.get(i).getType();
            html.write(type.isNumeric() ? "<td class=\"num\">" : "<td>");
            html.write(escape(text(type, values[i])));
            html.write("</td>");
        }
        html.write("</tr>\n");
        rows++;
    }

    @Override
    public void finish() throws IOException {
        html.write("</tbody></table>\n<p class=\"meta\">" + rows + (rows == 1 ? " customer" : " customers")
                + "</p></body></html>\n");
        html.flush();
    }

    /** Nothing to release: closing the writer would close the caller's stream. */
    @Override
    public void close() {
    }

    private static String text(ValueType type, Object value) {
        if (type == ValueType.BOOLEAN && value != null) {
            return Boolean.TRUE.equals(value) ? "yes" : "no";
        }
        return ValueText.of(type, value);
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
