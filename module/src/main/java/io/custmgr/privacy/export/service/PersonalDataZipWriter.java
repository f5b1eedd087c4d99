package io.custmgr.privacy.export.service;

import io.custmgr.privacy.export.PersonalDataSection;
import io.custmgr.privacy.export.SectionOutput;
import org.codehaus.jackson.JsonEncoding;
import org.codehaus.jackson.JsonFactory;
import org.codehaus.jackson.JsonGenerator;
import org.springframework.web.util.HtmlUtils;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one export ZIP: {@code personal-data.json} streamed with Jackson's generator straight into its ZIP entry,
 * while the same records go as HTML to a temporary file that becomes {@code personal-data.html} (a ZIP is written one
 * entry at a time). Memory holds one record; every value in the HTML is escaped. Not thread-safe; one per export.
 */
class PersonalDataZipWriter implements SectionOutput {

    static final String JSON_ENTRY = "personal-data.json";
    static final String HTML_ENTRY = "personal-data.html";
    static final String FORMAT = "custmgr-personal-data/1";
    static final String STYLE = "body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;margin:1em;color:#222}"
            + "h1{font-size:16pt}h2{font-size:13pt;margin-top:1.5em}table{border-collapse:collapse;margin:.3em 0 1em}"
            + "th,td{border:1px solid #bbb;padding:2px 6px;text-align:left;vertical-align:top}th{background:#eee}"
            + "td table{margin:0}p.none{color:#555}";

    private final ZipOutputStream zip;
    private final File htmlFile;
    private final Writer html;
    private final JsonGenerator json;
    private final SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
    private long sectionRecords;
    private long records;

    PersonalDataZipWriter(OutputStream out, File tempDirectory) throws IOException {
        iso.setTimeZone(TimeZone.getTimeZone("UTC"));
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.htmlFile = File.createTempFile("personal-data-", ".html", tempDirectory);
        this.html = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(htmlFile.toPath()),
                StandardCharsets.UTF_8), 64 * 1024);
        zip.putNextEntry(new ZipEntry(JSON_ENTRY));
        this.json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createJsonGenerator(zip, JsonEncoding.UTF8);
    }

    void begin(long customerId, Date exportedAt, List<PersonalDataSection> sections) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("export");
        json.writeStringField("format", FORMAT);
        json.writeNumberField("customerId", customerId);
        json.writeStringField("exportedAt", iso.format(exportedAt));
        json.writeArrayFieldStart("sections");
        for (PersonalDataSection section : sections) {
            json.writeString(section.getKey());
        }
        json.writeEndArray();
        json.writeEndObject();
        html.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Personal data</title><style>" + STYLE + "</style></head>\n<body><main>"
                + "<h1>Personal data of customer " + customerId + "</h1><p>Exported " + iso.format(exportedAt)
                + ". The same data, machine-readable: " + JSON_ENTRY + ".</p>\n");
    }

    void beginSection(PersonalDataSection section) throws IOException {
        json.writeArrayFieldStart(section.getKey());
        html.write("<section><h2 id=\"" + escape(section.getKey()) + "\">" + escape(section.getTitle()) + "</h2>\n");
        sectionRecords = 0;
    }

    @Override
    public void record(Map<String, ?> values) throws IOException {
        writeJson(values);
        writeHtml(values);
        sectionRecords++;
        records++;
    }

    void endSection() throws IOException {
        json.writeEndArray();
        html.write(sectionRecords == 0 ? "<p class=\"none\">None.</p></section>\n" : "</section>\n");
    }

    /** Closes both entries and the ZIP (not the caller's stream's underlying file: the caller closes that). */
    void finish() throws IOException {
        json.writeEndObject();
        json.flush();
        zip.closeEntry();
        html.write("</main></body></html>\n");
        html.close();
        zip.putNextEntry(new ZipEntry(HTML_ENTRY));
        Files.copy(htmlFile.toPath(), zip);
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** Removes the temporary HTML file; call in a finally block. */
    void discard() {
        try {
            html.close();
        } catch (IOException e) {
            // already closed or the disk failed: the file is removed below either way
        }
        if (!htmlFile.delete()) {
            htmlFile.deleteOnExit();
        }
    }

    long getRecords() {
        return records;
    }

    private void writeJson(Map<String, ?> values) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, ?> field : values.entrySet()) {
            json.writeFieldName(field.getKey());
            writeJsonValue(field.getValue());
        }
        json.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private void writeJsonValue(Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean) {
            json.writeBoolean((Boolean) value);
        } else if (value instanceof BigDecimal) {
            json.writeNumber((BigDecimal) value);
        } else if (value instanceof Double || value instanceof Float) {
            json.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Number) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Date) {
            json.writeString(iso.format((Date) value));
        } else if (value instanceof List) {
            json.writeStartArray();
            for (Object nested : (List<?>) value) {
                writeJson((Map<String, ?>) nested);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }

    private void writeHtml(Map<String, ?> values) throws IOException {
        html.write("<table>");
        for (Map.Entry<String, ?> field : values.entrySet()) {
            html.write("<tr><th scope=\"row\">" + escape(field.getKey()) + "</th><td>");
            Object value = field.getValue();
            if (value instanceof List) {
                writeHtmlRows((List<?>) value);
            } else {
                html.write(escape(text(value)));
            }
            html.write("</td></tr>");
        }
        html.write("</table>\n");
    }

    /** Nested records (an order's lines) as one table with a header row. */
    @SuppressWarnings("unchecked")
    private void writeHtmlRows(List<?> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        html.write("<table><tr>");
        for (String name : ((Map<String, ?>) rows.get(0)).keySet()) {
            html.write("<th scope=\"col\">" + escape(name) + "</th>");
        }
        html.write("</tr>");
        for (Object row : rows) {
            html.write("<tr>");
            for (Object value : ((Map<String, ?>) row).values()) {
                html.write("<td>" + escape(text(value)) + "</td>");
            }
            html.write("</tr>");
        }
        html.write("</table>");
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        } else if (value instanceof Boolean) {
            return (Boolean) value ? "yes" : "no";
        } else if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        return value instanceof Date ? iso.format((Date) value) : value.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
