package io.custmgr.search.export.service;

import io.custmgr.search.export.CustomerIdSource;
import io.custmgr.search.export.ExportColumn;
import io.custmgr.search.export.ExportFormat;
import io.custmgr.search.export.SelectedIds;
import io.custmgr.search.export.dao.CustomerExportDao;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.stubbing.Answer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CustomerExporterImplTest {

    private final CustomerExportDao dao = mock(CustomerExportDao.class);
    private final CustomerExporterImpl exporter = new CustomerExporterImpl();
    private final List<Integer> batchSizes = new ArrayList<Integer>();

    @BeforeEach
    void readEveryIdAsARowOfItsId() {
        exporter.dao = dao;
        when(dao.readRows(anyList(), anyList())).thenAnswer(new Answer<List<Object[]>>() {
            @Override
            @SuppressWarnings("unchecked")
            public List<Object[]> answer(InvocationOnMock invocation) {
                List<Long> ids = (List<Long>) invocation.getArguments()[0];
                batchSizes.add(ids.size());
                List<Object[]> rows = new ArrayList<Object[]>();
                for (Long id : ids) {
                    if (id % 100 != 0) { // every hundredth customer was deleted meanwhile
                        rows.add(new Object[] {id});
                    }
                }
                return rows;
            }
        });
    }

    @Test
    void readsInBatchesAndCountsTheRowsWritten() throws IOException {
        List<Long> ids = new ArrayList<Long>();
        for (long id = 1; id <= 12001; id++) {
            ids.add(id);
        }
        final List<Long> progress = new ArrayList<Long>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = exporter.export(new SelectedIds(ids), Arrays.asList(ExportColumn.ID), ExportFormat.CSV, out,
                progress::add);

        assertEquals(11881, rows);
        assertEquals(Arrays.asList(5000, 5000, 2001), batchSizes);
        assertEquals(Arrays.asList(4950L, 9900L, 11881L), progress);
        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertEquals(11882, csv.split("\r\n").length, "header and rows");
    }

    @Test
    void anExportWithoutColumnsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> exporter.export(new SelectedIds(Arrays.asList(1L)),
                Collections.<ExportColumn>emptyList(), ExportFormat.CSV, new ByteArrayOutputStream()));
    }

    @Test
    void allCustomersPagesByKeysetFromTheLastIdOfEachBatch() throws IOException {
        when(dao.readIdsAfter(anyLong(), eq(CustomerExporter.BATCH_SIZE))).thenReturn(Arrays.asList(4L, 7L),
                Arrays.asList(12L), Collections.<Long>emptyList());
        CustomerIdSource all = exporter.allCustomers();

        long rows = exporter.export(all, Arrays.asList(ExportColumn.ID), ExportFormat.XML, new ByteArrayOutputStream());

        assertEquals(3, rows);
        ArgumentCaptor<Long> after = ArgumentCaptor.forClass(Long.class);
        verify(dao, times(3)).readIdsAfter(after.capture(), eq(CustomerExporter.BATCH_SIZE));
        assertEquals(Arrays.asList(Long.MIN_VALUE, 7L, 12L), after.getAllValues());
    }
}
