package io.custmgr.search.export.writer;

import io.custmgr.search.export.ExportColumn;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxExportWriterTest {

    @TempDir
    File temp;

    @AfterEach
    void defaultTempFiles() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void numbersDatesAndBooleansAreRealCellsOfTheirKind() throws IOException {
        XSSFWorkbook workbook = open(SampleRows.write(XlsxExportWriter::new));
        Sheet sheet = workbook.getSheet(XlsxExportWriter.SHEET_NAME);

        assertEquals("Total spent", sheet.getRow(0).getCell(3).getStringCellValue());
        Row zoe = sheet.getRow(1);
        assertEquals(CellType.NUMERIC, zoe.getCell(0).getCellType());
        assertEquals(1.0, zoe.getCell(0).getNumericCellValue());
        assertEquals(CellType.NUMERIC, zoe.getCell(3).getCellType());
        assertEquals(-5.5, zoe.getCell(3).getNumericCellValue());
        assertTrue(DateUtil.isCellDateFormatted(zoe.getCell(4)));
        assertEquals(SampleRows.REGISTERED, zoe.getCell(4).getDateCellValue());
        assertTrue(DateUtil.isCellDateFormatted(zoe.getCell(5)));
        assertEquals(CellType.BOOLEAN, sheet.getRow(2).getCell(6).getCellType());
        assertTrue(sheet.getRow(2).getCell(6).getBooleanCellValue());
        assertEquals("Zoë \"Zo\", Ångström", zoe.getCell(1).getStringCellValue());
        workbook.close();
    }

    @Test
    void formulaLikeTextIsAStringCellWithALeadingQuote() throws IOException {
        XSSFWorkbook workbook = open(SampleRows.write(XlsxExportWriter::new));
        Sheet sheet = workbook.getSheetAt(0);

        assertEquals(CellType.STRING, sheet.getRow(1).getCell(2).getCellType());
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", sheet.getRow(1).getCell(2).getStringCellValue());
        assertEquals("'-minus company", sheet.getRow(3).getCell(2).getStringCellValue());
        assertEquals(null, sheet.getRow(3).getCell(1), "an empty value is no cell");
        workbook.close();
    }

    @Test
    void rowsBeyondTheInMemoryWindowAreAllWritten() throws IOException {
        int rows = XlsxExportWriter.ROW_WINDOW * 3 + 7;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter writer = new XlsxExportWriter(out);
        try {
            writer.begin(Arrays.asList(ExportColumn.ID, ExportColumn.EMAIL));
            for (long id = 1; id <= rows; id++) {
                writer.row(new Object[] {id, "c" + id + "@example.com"});
            }
            writer.finish();
        } finally {
            writer.close();
        }

        XSSFWorkbook workbook = open(out.toByteArray());
        Sheet sheet = workbook.getSheetAt(0);
        assertEquals(rows, sheet.getLastRowNum());
        assertEquals("c" + rows + "@example.com", sheet.getRow(rows).getCell(1).getStringCellValue());
        workbook.close();
    }

    @Test
    void temporaryFilesAreDeletedWhenTheExportFailsHalfWay() throws IOException {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp));
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("client went away");
            }
        };
        ExportWriter writer = new XlsxExportWriter(broken);
        try {
            writer.begin(Arrays.asList(ExportColumn.ID));
            for (long id = 1; id <= XlsxExportWriter.ROW_WINDOW * 2; id++) {
                writer.row(new Object[] {id});
            }
            assertTrue(countFiles(temp) > 0, "rows beyond the window went to a temporary file");
            assertThrows(IOException.class, writer::finish);
        } finally {
            writer.close();
        }

        assertEquals(0, countFiles(temp));
    }

    private static int countFiles(File dir) {
        int files = 0;
        File[] children = dir.listFiles();
        for (File child : children == null ? new File[0] : children) {
            files += child.isDirectory() ? countFiles(child) : 1;
        }
        return files;
    }

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        assertFalse(xlsx.length == 0);
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }
}
