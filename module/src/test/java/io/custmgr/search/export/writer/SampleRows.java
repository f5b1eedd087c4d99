package io.custmgr.search.export.writer;

import io.custmgr.search.export.ExportColumn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;

/** Rows every writer test writes: awkward text, a formula, negative money, dates, booleans and empty values. */
final class SampleRows {

    static final List<ExportColumn> COLUMNS = Arrays.asList(ExportColumn.ID, ExportColumn.FIRST_NAME,
            ExportColumn.COMPANY, ExportColumn.TOTAL_SPENT, ExportColumn.REGISTERED, ExportColumn.DATE_OF_BIRTH,
            ExportColumn.GUEST);

    static final Date REGISTERED = new GregorianCalendar(2026, Calendar.MARCH, 14, 9, 26, 53).getTime();
    static final Date BORN = new java.sql.Date(new GregorianCalendar(1990, Calendar.JULY, 1).getTimeInMillis());

    static final Object[] ZOE = {1L, "Zoë \"Zo\", Ångström", "=HYPERLINK(\"http://evil.example\",\"click\")",
            new BigDecimal("-5.5"), REGISTERED, BORN, Boolean.FALSE};
    static final Object[] MARKUP = {2L, "<script>alert('x')</script>", "+41 44 000 00 00\r\nline two",
            new BigDecimal("1234.567"), null, null, Boolean.TRUE};
    static final Object[] EMPTY = {3L, null, "-minus company", null, null, null, null};

    private SampleRows() {
    }

    /** @return what the writer wrote for the three sample rows, begin to finish, then closed */
    static byte[] write(ExportWriterFactory factory) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter writer = factory.open(out);
        try {
            writer.begin(COLUMNS);
            writer.row(ZOE);
            writer.row(MARKUP);
            writer.row(EMPTY);
            writer.finish();
        } finally {
            writer.close();
        }
        return out.toByteArray();
    }

    interface ExportWriterFactory {
        ExportWriter open(java.io.OutputStream out);
    }
}
