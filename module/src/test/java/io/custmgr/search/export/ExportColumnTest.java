package io.custmgr.search.export;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportColumnTest {

    @Test
    void keysAreDistinctAndSafeInUrlsAndAsXmlElementNames() {
        Set<String> keys = new HashSet<String>();
        for (ExportColumn column : ExportColumn.values()) {
            assertTrue(column.getKey().matches("[a-z][a-z-]*[a-z]"), column.getKey());
            assertTrue(keys.add(column.getKey()), "twice: " + column.getKey());
        }
    }

    @Test
    void parsesARequestParameterInTheMerchantsOrderEachColumnOnce() {
        assertEquals(Arrays.asList(ExportColumn.LAST_NAME, ExportColumn.EMAIL, ExportColumn.TOTAL_SPENT),
                ExportColumn.parseKeys(" last-name,email,,total-spent, email "));
        assertTrue(ExportColumn.parseKeys(null).isEmpty());
    }

    @Test
    void anUnknownKeyIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ExportColumn.parseKeys("email,password"));
        assertEquals("Unknown export column: password", refused.getMessage());
        assertNull(ExportColumn.fromKey("EMAIL"));
    }

    @Test
    void formatsAreFoundByKeyWhateverTheCase() {
        assertEquals(ExportFormat.XLSX, ExportFormat.fromKey("XLSX"));
        assertEquals("text/csv; charset=UTF-8", ExportFormat.fromKey("csv").getContentType());
        assertNull(ExportFormat.fromKey("pdf"));
    }

    @Test
    void selectedIdsComeInTheGivenOrderInBatchesEachOnce() {
        SelectedIds ids = new SelectedIds(Arrays.asList(5L, 3L, null, 5L, 9L));
        java.util.List<Long> batch = new java.util.ArrayList<Long>();

        assertTrue(ids.nextBatch(batch, 2));
        assertEquals(Arrays.asList(5L, 3L), batch);
        batch.clear();
        assertTrue(ids.nextBatch(batch, 2));
        assertEquals(Arrays.asList(9L), batch);
        batch.clear();
        assertEquals(false, ids.nextBatch(batch, 2));
        assertTrue(batch.isEmpty());
        assertEquals(3, ids.size());
    }
}
