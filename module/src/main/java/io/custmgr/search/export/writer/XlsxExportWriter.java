package io.custmgr.search.export.writer;

import io.custmgr.search.export.ExportColumn;
import io.custmgr.search.export.ValueType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/**
 * An Excel workbook written with POI's streaming SXSSF: only the last {@link #ROW_WINDOW} rows stay in memory, the rest
 * go to a compressed temporary file, deleted in {@link #close()} whatever happened. Numbers, dates and booleans are real
 * cells of their kind; text cells are {@link SpreadsheetFormulas neutralised} and cut to Excel's cell limit. Beyond
 * Excel's row limit the rows continue on a further sheet.
 */
class XlsxExportWriter implements ExportWriter {

    static final int ROW_WINDOW = 100;
    static final String SHEET_NAME = "Customers";
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final CellStyle[] styles = new CellStyle[ValueType.values().length];
    private CellStyle headerStyle;
    private List<ExportColumn> columns;
    private SXSSFSheet sheet;
    private int sheets;
    private int nextRow;
    private boolean closed;

    XlsxExportWriter(OutputStream out) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
    }

    @Override
    public void begin(List<ExportColumn> columns) {
        this.columns = columns;
        styles[ValueType.DATE.ordinal()] = formatted("yyyy-mm-dd");
        styles[ValueType.DATETIME.ordinal()] = formatted("yyyy-mm-dd hh:mm:ss");
        styles[ValueType.MONEY.ordinal()] = formatted("#,##0.00");
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        newSheet();
    }

    @Override
    public void row(Object[] values) {
        if (nextRow >= MAX_ROWS) {
            newSheet();
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                write(row.createCell(i), columns.get(i).getType(), values[i]);
            }
        }
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            workbook.dispose(); // deletes the temporary sheet files
        } finally {
            workbook.close();
        }
    }

    private void write(Cell cell, ValueType type, Object value) {
        switch (type) {
            case INTEGER:
                cell.setCellValue(((Number) value).doubleValue());
                break;
            case MONEY:
                cell.setCellValue(((BigDecimal) value).doubleValue());
                break;
            case DATE:
            case DATETIME:
                cell.setCellValue(new Date(((Date) value).getTime()));
                break;
            case BOOLEAN:
                cell.setCellValue((Boolean) value);
                break;
            default:
                cell.setCellValue(SpreadsheetFormulas.neutralise(cut(value.toString())));
                return;
        }
        if (styles[type.ordinal()] != null) {
            cell.setCellStyle(styles[type.ordinal()]);
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT - 1 ? text : text.substring(0, MAX_TEXT - 2) + "\u2026";
    }

    private void newSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? SHEET_NAME : SHEET_NAME + " (" + sheets + ")");
        sheet.createFreezePane(0, 1);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).getLabel());
            cell.setCellStyle(headerStyle);
        }
        nextRow = 1;
    }

    private CellStyle formatted(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
