package io.custmgr.search.export;

import io.custmgr.search.export.dao.CustomerExportDao;
import io.custmgr.search.export.service.CustomerExporter;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.StatementCounter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export rows read from Broadleaf's and the module's tables, and whole exports, inside a rolled-back transaction. */
@BroadleafIntegrationTest
@Transactional
class CustomerExportIT {

    @Resource(name = "cmCustomerExportDao")
    CustomerExportDao dao;

    @Resource(name = "cmCustomerExporter")
    CustomerExporter exporter;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    ExportRows rows;
    long zoe;
    long guest;
    Date registered = ExportRows.daysAgo(400);
    Date lastOrder = ExportRows.daysAgo(3);
    Date lastView = ExportRows.daysAgo(1);

    @BeforeEach
    void seed() {
        rows = new ExportRows(transactionManager.getDataSource());
        zoe = rows.customer("zoe@example.com", "Zoë", "<b>Müller</b>", false, registered);
        rows.set(zoe, "CM_COMPANY", "=cmd|' /C calc'!A0");
        rows.set(zoe, "CM_ACTIVITY_STATUS", "SUSPENDED");
        rows.set(zoe, "CM_DATE_OF_BIRTH", java.sql.Date.valueOf("1990-07-01"));
        rows.set(zoe, "DEACTIVATED", false);
        rows.phone(zoe, "044 111 11 11", false);
        rows.phone(zoe, "044 222 22 22", true);
        rows.member(rows.group("Wholesale"), zoe);
        rows.member(rows.group("VIP"), zoe);
        rows.address(zoe, "1 Old St", null, false, false, true);
        rows.address(zoe, "2 Bill St", "ZH", true, false, true);
        rows.address(zoe, "3 Ship St", null, false, true, true);
        rows.address(zoe, "4 Gone St", null, true, true, false);
        rows.order(zoe, "SUBMITTED", new BigDecimal("10.00"), ExportRows.daysAgo(30));
        rows.order(zoe, "CANCELLED", new BigDecimal("5.50"), lastOrder);
        rows.order(zoe, null, new BigDecimal("1.25"), ExportRows.daysAgo(60));
        rows.order(zoe, "IN_PROCESS", new BigDecimal("100.00"), null);
        rows.order(zoe, "CSR_OWNED", new BigDecimal("100.00"), null);
        rows.order(zoe, "NAMED", new BigDecimal("100.00"), null);
        rows.event(zoe, ExportRows.daysAgo(2));
        rows.pageView(zoe, lastView);

        guest = rows.customer("gina@example.com", "Gina", "Guest", true, registered);
        rows.set(guest, "CM_PHONE", "+41 44 333 33 33");
        rows.set(guest, "DEACTIVATED", true);
        rows.set(guest, "CM_SHIP_SAME_AS_BILLING", true);
        rows.address(guest, "9 Home St", null, false, true, true);
        rows.phone(guest, "not the profile phone", true);
    }

    @Test
    void readsEveryColumnFromItsTablesInTheOrderOfTheIdsGiven() {
        List<Object[]> read = dao.readRows(Arrays.asList(guest, rows.unusedId(), zoe, guest), ExportColumn.all());

        assertEquals(2, read.size(), "a missing customer is left out, a repeated one read once");
        assertArrayEquals(new Object[] {guest, "gina@example.com", "gina@example.com", "Gina", "Guest", null,
                "+41 44 333 33 33", registered, null, "Active", true, true, null, "9 Home St, Zurich, 8000, CH",
                "9 Home St, Zurich, 8000, CH", 0L, new BigDecimal("0.00"), null, null}, normalised(read.get(0)));
        assertArrayEquals(new Object[] {zoe, "zoe@example.com", "zoe@example.com", "Zoë", "<b>Müller</b>",
                "=cmd|' /C calc'!A0", "044 222 22 22", registered, java.sql.Date.valueOf("1990-07-01"), "Suspended",
                false, false, "VIP; Wholesale", "2 Bill St, Zurich, ZH, 8000, CH", "3 Ship St, Zurich, 8000, CH", 3L,
                new BigDecimal("16.75"), lastOrder, lastView}, normalised(read.get(1)));
    }

    @Test
    void readsAscendingIdsAsOneRangeWithOneStatementPerKindOfDataWhateverTheirNumber() {
        List<Long> many = new ArrayList<Long>();
        for (int i = 0; i < 600; i++) { // more than one IN list
            long id = rows.customer("many" + i + "@example.com", "Many", "Customers", false, registered);
            rows.order(id, "SUBMITTED", BigDecimal.ONE, lastOrder);
            many.add(id);
        }

        long before = StatementCounter.current();
        dao.readRows(many.subList(0, 2), ExportColumn.all());
        long forTwo = StatementCounter.current() - before;
        before = StatementCounter.current();
        List<Object[]> read = dao.readRows(many, ExportColumn.all());
        long forSixHundred = StatementCounter.current() - before;

        assertEquals(600, read.size());
        assertEquals(6, forTwo, "customers, phones, groups, addresses, orders, activity");
        assertEquals(forTwo, forSixHundred, "one range, however many customers");
        before = StatementCounter.current();
        dao.readRows(many, Arrays.asList(ExportColumn.EMAIL, ExportColumn.FIRST_NAME));
        assertEquals(1, StatementCounter.current() - before, "only what the columns need");
    }

    @Test
    void readsScatteredIdsInInListsOfFiveHundred() {
        List<Long> many = new ArrayList<Long>();
        for (int i = 0; i < 600; i++) {
            many.add(0, rows.customer("back" + i + "@example.com", "Back", "Wards", false, registered));
        }

        long before = StatementCounter.current();
        List<Object[]> read = dao.readRows(many, ExportColumn.all());
        long statements = StatementCounter.current() - before;

        assertEquals(600, read.size());
        assertEquals(many.get(0), read.get(0)[0], "in the order given");
        assertEquals(12, statements, "two IN lists of customers, phones, groups, addresses, orders, activity");
    }

    @Test
    void aRangeReadReturnsOnlyTheCustomersAskedFor() {
        long first = rows.customer("first@example.com", "First", "Asked", false, registered);
        long skipped = rows.customer("skipped@example.com", "Not", "Asked", false, registered);
        rows.member(rows.group("Skipped group"), skipped);
        rows.order(skipped, "SUBMITTED", BigDecimal.TEN, lastOrder);
        long last = rows.customer("last@example.com", "Last", "Asked", false, registered);
        rows.order(last, "SUBMITTED", BigDecimal.ONE, lastOrder);

        List<Object[]> read = dao.readRows(Arrays.asList(first, last), Arrays.asList(ExportColumn.ID,
                ExportColumn.EMAIL, ExportColumn.GROUPS, ExportColumn.ORDER_COUNT));

        assertEquals(2, read.size());
        assertArrayEquals(new Object[] {first, "first@example.com", null, 0L}, read.get(0));
        assertArrayEquals(new Object[] {last, "last@example.com", null, 1L}, read.get(1));
    }

    @Test
    void exportsTheSelectionAsCsvWithNeutralisedFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = exporter.export(new SelectedIds(Arrays.asList(zoe, guest)), Arrays.asList(ExportColumn.ID,
                ExportColumn.COMPANY, ExportColumn.TOTAL_SPENT, ExportColumn.GROUPS), ExportFormat.CSV, out);

        assertEquals(2, written);
        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertEquals(Arrays.asList("Customer ID", "Company", "Total spent", "Groups"), records.get(0).toList());
        assertEquals(Arrays.asList(String.valueOf(zoe), "'=cmd|' /C calc'!A0", "16.75", "VIP; Wholesale"),
                records.get(1).toList());
        assertEquals(Arrays.asList(String.valueOf(guest), "", "0.00", ""), records.get(2).toList());
    }

    @Test
    void exportsAllCustomersByKeysetAsXlsx() throws IOException {
        int customers = rows.count("BLC_CUSTOMER");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = exporter.export(exporter.allCustomers(), Arrays.asList(ExportColumn.ID, ExportColumn.EMAIL),
                ExportFormat.XLSX, out);

        assertEquals(customers, written);
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(customers, workbook.getSheetAt(0).getLastRowNum());
        List<Long> ids = new ArrayList<Long>();
        for (int row = 1; row <= customers; row++) {
            ids.add((long) workbook.getSheetAt(0).getRow(row).getCell(0).getNumericCellValue());
        }
        workbook.close();
        assertTrue(ids.contains(zoe) && ids.contains(guest));
        List<Long> sorted = new ArrayList<Long>(ids);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, ids, "ascending ids");
    }

    /** Timestamps and dates as plain Dates, money without trailing zeros: compared by value. */
    private static Object[] normalised(Object[] row) {
        Object[] copy = row.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof java.sql.Timestamp) {
                copy[i] = new Date(((Date) copy[i]).getTime());
            } else if (copy[i] instanceof BigDecimal) {
                copy[i] = ((BigDecimal) copy[i]).setScale(2);
            }
        }
        return copy;
    }
}
