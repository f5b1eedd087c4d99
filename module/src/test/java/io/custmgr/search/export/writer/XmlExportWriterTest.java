package io.custmgr.search.export.writer;

import io.custmgr.search.export.ExportColumn;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XmlExportWriterTest {

    @Test
    void oneElementPerCustomerWithAnElementPerColumnNamedByItsKey() throws Exception {
        Document xml = parse(SampleRows.write(XmlExportWriter::new));

        assertEquals("customers", xml.getDocumentElement().getNodeName());
        NodeList customers = xml.getElementsByTagName("customer");
        assertEquals(3, customers.getLength());
        Element zoe = (Element) customers.item(0);
        assertEquals("1", text(zoe, "id"));
        assertEquals("Zoë \"Zo\", Ångström", text(zoe, "first-name"));
        assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", text(zoe, "company"), "not a spreadsheet");
        assertEquals("-5.50", text(zoe, "total-spent"));
        assertEquals("2026-03-14T09:26:53", text(zoe, "registered"));
        assertEquals("1990-07-01", text(zoe, "date-of-birth"));
        assertEquals("false", text(zoe, "guest"));
        assertEquals("<script>alert('x')</script>", text((Element) customers.item(1), "first-name"));
        assertEquals("", text((Element) customers.item(2), "first-name"));
    }

    @Test
    void charactersXmlCannotHoldAreDroppedAndTheDocumentStaysWellFormed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter writer = new XmlExportWriter(out);
        writer.begin(Arrays.asList(ExportColumn.FIRST_NAME));
        writer.row(new Object[] {"A\u0000n\u0001n\u001Fa \uD800x \uD83D\uDE00\u00A0\uFFFE!"});
        writer.finish();
        writer.close();

        Document xml = parse(out.toByteArray());
        assertEquals("Anna x \uD83D\uDE00\u00A0!", text(xml.getDocumentElement(), "first-name"));
    }

    @Test
    void textWithoutForbiddenCharactersIsKeptAsItIs() {
        String text = "tab\there\r\nZoë \uD83D\uDE00";
        assertEquals(text, XmlExportWriter.xmlChars(text));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    private static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
