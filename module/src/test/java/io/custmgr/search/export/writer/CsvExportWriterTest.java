package io.custmgr.search.export.writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvExportWriterTest {

    @Test
    void startsWithAUtf8ByteOrderMarkSoExcelReadsAccents() throws IOException {
        byte[] csv = SampleRows.write(CsvExportWriter::new);

        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
    }

    @Test
    void parsesBackAsRfc4180WithHeaderAndEveryValue() throws IOException {
        List<CSVRecord> records = parse(SampleRows.write(CsvExportWriter::new));

        assertEquals(4, records.size());
        assertEquals(Arrays.asList("Customer ID", "First name", "Company", "Total spent", "Registered",
                "Date of birth", "Guest"), records.get(0).toList());
        CSVRecord zoe = records.get(1);
        assertEquals("1", zoe.get(0));
        assertEquals("Zoë \"Zo\", Ångström", zoe.get(1));
        assertEquals("2026-03-14 09:26:53", zoe.get(4));
        assertEquals("1990-07-01", zoe.get(5));
        assertEquals("false", zoe.get(6));
        assertEquals("<script>alert('x')</script>", records.get(2).get(1));
        assertEquals("", records.get(3).get(1));
    }

    @Test
    void textThatWouldRunAsAFormulaIsNeutralisedButNegativeMoneyStaysANumber() throws IOException {
        List<CSVRecord> records = parse(SampleRows.write(CsvExportWriter::new));

        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", records.get(1).get(2));
        assertEquals("-5.50", records.get(1).get(3));
        assertEquals("'+41 44 000 00 00\r\nline two", records.get(2).get(2));
        assertEquals("1234.57", records.get(2).get(3));
        assertEquals("'-minus company", records.get(3).get(2));
    }

    @Test
    void endsRecordsWithCrLfAndLeavesTheStreamOpen() throws IOException {
        final boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ExportWriter writer = new CsvExportWriter(out);
        writer.begin(SampleRows.COLUMNS);
        writer.row(SampleRows.EMPTY);
        writer.finish();
        writer.close();

        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("3,,'-minus company,,,,\r\n"), text);
        assertFalse(closed[0]);
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180);
        try {
            return parser.getRecords();
        } finally {
            parser.close();
        }
    }
}
