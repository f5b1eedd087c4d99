package io.custmgr.admin.common;

import org.broadleafcommerce.openadmin.web.form.component.ListGrid;
import org.broadleafcommerce.openadmin.web.form.component.ListGridRecord;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadOnlyListGridTest {

    @Test
    void linkedRowsOpenThePathWithTheRowId() {
        ListGrid grid = new ReadOnlyListGrid("k", "t", "/customer", "1").column("n", "N").linkRowsTo("/order")
                .row("42", values("n", "A-1")).build();

        assertEquals("/order/42", grid.getRecords().get(0).getPath());
        assertEquals(ReadOnlyListGrid.LINKED_ROWS_CLASS, grid.getClassName());
    }

    @Test
    void imageCellsHoldOnlyPlainWebUrls() {
        ListGrid grid = new ReadOnlyListGrid("k", "t", "/customer", "1").imageColumn("img", "I")
                .row("1", values("img", "/cmsstatic/tea.png"))
                .row("2", values("img", "javascript:alert(1)"))
                .row("3", values("img", "//evil.example/x.png"))
                .row("4", values("img", null)).build();

        ListGridRecord tea = grid.getRecords().get(0);
        assertEquals("IMAGE", tea.getField("img").getFieldType());
        assertEquals("/cmsstatic/tea.png", tea.getField("img").getValue());
        assertEquals("", tea.getField("thumbnailKey").getValue(), "the template appends it to the URL");
        for (int i = 1; i < 4; i++) {
            assertEquals("STRING", grid.getRecords().get(i).getField("img").getFieldType());
            assertEquals("", grid.getRecords().get(i).getField("img").getValue());
        }
        assertTrue(ReadOnlyListGrid.isShownImageUrl("https://cdn.example/x.png"));
        assertFalse(ReadOnlyListGrid.isShownImageUrl("data:image/png;base64,AAAA"));
    }

    private static Map<String, String> values(String column, String value) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put(column, value);
        return values;
    }
}
