package io.custmgr.search.export.writer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExportWriterTest {

    @Test
    void shopperMarkupIsEscapedNeverLive() throws IOException {
        String html = new String(SampleRows.write(HtmlExportWriter::new), StandardCharsets.UTF_8);

        assertTrue(html.contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>"), html);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("Zo&euml; &quot;Zo&quot;, &Aring;ngstr&ouml;m"), html);
    }

    @Test
    void isACompletePrintablePageWithOneTable() throws IOException {
        String html = new String(SampleRows.write(HtmlExportWriter::new), StandardCharsets.UTF_8);

        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("<thead><tr><th>Customer ID</th><th>First name</th>"));
        assertTrue(html.contains("<td class=\"num\">-5.50</td>"));
        assertTrue(html.contains("<td>2026-03-14 09:26:53</td><td>1990-07-01</td><td>no</td>"));
        assertTrue(html.contains("3 customers"));
        assertTrue(html.trim().endsWith("</html>"));
    }
}
