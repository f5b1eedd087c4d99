package io.custmgr.privacy.export.section;

import io.custmgr.privacy.export.SectionOutput;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrdersWithLinesSectionTest {

    @Test
    void joinedRowsBecomeOneRecordPerOrderWithItsLinesWrittenWhenTheNextOrderStarts() throws Exception {
        final List<Map<String, ?>> written = new ArrayList<Map<String, ?>>();
        OrdersWithLinesSection.OrderGrouper grouper = new OrdersWithLinesSection.OrderGrouper(new SectionOutput() {
            @Override
            public void record(Map<String, ?> values) {
                written.add(values);
            }
        });

        grouper.add(row(1L, "A-1", 10L, "Tea"));
        grouper.add(row(1L, "A-1", 11L, "Mug"));
        assertEquals(0, written.size(), "an order waits for its last line");
        grouper.add(row(2L, "A-2", null, null)); // an order without lines (LEFT JOIN)
        assertEquals(1, written.size());
        grouper.finish();

        assertEquals(2, written.size());
        assertEquals("{orderId=1, orderNumber=A-1, lines=[{orderItemId=10, itemName=Tea}, {orderItemId=11,"
                + " itemName=Mug}]}", written.get(0).toString());
        assertEquals("{orderId=2, orderNumber=A-2, lines=[]}", written.get(1).toString());
    }

    @Test
    void columnLabelsBecomeCamelCaseFieldNames() {
        assertEquals("viewTime", SqlSection.fieldName("VIEW_TIME"));
        assertEquals("orderId", SqlSection.fieldName("order_id"));
        assertEquals("url", SqlSection.fieldName("URL"));
    }

    private static Map<String, Object> row(Long orderId, String number, Long itemId, String itemName) {
        Map<String, Object> row = new LinkedHashMap<String, Object>();
        row.put("orderId", orderId);
        row.put("orderNumber", number);
        row.put("orderItemId", itemId);
        row.put("itemName", itemName);
        return row;
    }
}
