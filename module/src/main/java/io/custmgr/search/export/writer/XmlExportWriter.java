package io.custmgr.search.export.writer;

import io.custmgr.search.export.ExportColumn;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Well-formed XML 1.0 in UTF-8, written with StAX: {@code <customers>} holding a {@code <customer>} per row and in it an
 * element per column, named by the column's key (empty when the value is). Characters XML 1.0 does not allow (most
 * control characters, lone surrogates) are dropped; dates and times are ISO 8601.
 */
class XmlExportWriter implements ExportWriter {

    static final String ROOT = "customers";
    static final String ROW = "customer";

    private final OutputStream out;
    private XMLStreamWriter xml;
    private List<ExportColumn> columns;

    XmlExportWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(List<ExportColumn> columns) throws IOException {
        this.columns = columns;
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(ROOT);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void row(Object[] values) throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeStartElement(ROW);
            for (int i = 0; i < values.length; i++) {
                String text = xmlChars(ValueText.iso(columns.get(i).getType(), values[i]));
                if (text.isEmpty()) {
                    xml.writeEmptyElement(columns.get(i).getKey());
                } else {
                    xml.writeStartElement(columns.get(i).getKey());
                    xml.writeCharacters(text);
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Releases the StAX writer (which, by contract, leaves the stream open). */
    @Override
    public void close() throws IOException {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            xml = null;
        }
    }

    /** @return the text without the characters XML 1.0 forbids (the text itself when it has none) */
    static String xmlChars(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && kept != null) {
                kept.append(c);
            }
            if (pair) {
                if (kept != null) {
                    kept.append(text.charAt(i + 1));
                }
                i++;
            }
        }
        return kept == null ? text : kept.toString();
    }
}
