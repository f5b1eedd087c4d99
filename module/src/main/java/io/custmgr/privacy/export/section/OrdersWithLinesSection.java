package io.custmgr.privacy.export.section;

import io.custmgr.privacy.export.SectionOutput;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders of one kind with their lines, read with one streamed join ordered by order: each order is a record with a
 * nested {@code lines} list, written when the next order starts, so memory holds one order at a time.
 */
public abstract class OrdersWithLinesSection extends SqlSection {

    /** The order's columns; the line's follow from {@code ORDER_ITEM_ID} on. */
    static final String SELECT = "SELECT o.ORDER_ID, o.ORDER_NUMBER, o.NAME AS ORDER_NAME, o.ORDER_STATUS,"
            + " o.SUBMIT_DATE, o.DATE_CREATED, o.CURRENCY_CODE, o.ORDER_SUBTOTAL, o.TOTAL_TAX, o.TOTAL_SHIPPING,"
            + " o.ORDER_TOTAL, o.EMAIL_ADDRESS, i.ORDER_ITEM_ID, i.NAME AS ITEM_NAME, i.QUANTITY, i.PRICE,"
            + " i.SALE_PRICE, i.RETAIL_PRICE FROM BLC_ORDER o LEFT JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID"
            + " WHERE o.CUSTOMER_ID = :customer AND ";

    static final String FIRST_LINE_FIELD = "orderItemId";

    /** @return the condition on {@code BLC_ORDER o} choosing the kind, e.g. {@code OrderKinds.placedCondition("o")} */
    protected abstract String getCondition();

    @Override
    protected String getSql() {
        return SELECT + getCondition() + " ORDER BY o.ORDER_ID, i.ORDER_ITEM_ID";
    }

    @Override
    public void write(long customerId, final SectionOutput out) throws IOException {
        final OrderGrouper grouper = new OrderGrouper(out);
        try {
            streaming.query(getSql(), new MapSqlParameterSource("customer", customerId), new RowCallbackHandler() {
                @Override
                public void processRow(ResultSet rs) throws SQLException {
                    grouper.add(row(rs));
                }
            });
            grouper.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Turns the join's rows, ordered by order, into one record per order with its lines. */
    static final class OrderGrouper {

        private final SectionOutput out;
        private Object orderId;
        private Map<String, Object> order;
        private List<Map<String, Object>> lines;

        OrderGrouper(SectionOutput out) {
            this.out = out;
        }

        void add(Map<String, Object> row) {
            Map<String, Object> line = new LinkedHashMap<String, Object>();
            boolean inLine = false;
            for (Iterator<Map.Entry<String, Object>> it = row.entrySet().iterator(); it.hasNext();) {
                Map.Entry<String, Object> field = it.next();
                inLine = inLine || FIRST_LINE_FIELD.equals(field.getKey());
                if (inLine) {
                    line.put(field.getKey(), field.getValue());
                    it.remove();
                }
            }
            Object id = row.get("orderId");
            if (order == null || !id.equals(orderId)) {
                finish();
                orderId = id;
                order = row;
                lines = new ArrayList<Map<String, Object>>();
                order.put("lines", lines);
            }
            if (line.get(FIRST_LINE_FIELD) != null) {
                lines.add(line);
            }
        }

        void finish() {
            if (order == null) {
                return;
            }
            try {
                out.record(order);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            order = null;
        }
    }
}
