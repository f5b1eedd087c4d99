package io.custmgr.search.dao;

import io.custmgr.customer.orders.service.OrderRows;
import io.custmgr.search.index.CustomerFields;
import io.custmgr.test.BroadleafIntegrationTest;
import org.apache.solr.common.SolrInputDocument;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The order part of a customer's search document, read set-based for a batch of customers (on PostgreSQL by the
 * statement of its own, {@code CustomerOrderColumns.PRODUCTS_POSTGRES}): the names and SKUs of what the customer's
 * placed orders hold — never a cart's or a wishlist's —, each once, the order count and the amount spent of placed,
 * not cancelled orders, read for customers given as an id range and as an IN list alike.
 */
@BroadleafIntegrationTest
@Transactional
class CustomerDocumentOrdersIT {

    @Resource(name = "cmCustomerDocumentDao")
    CustomerDocumentDao documents;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entityConfiguration;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void productsAndSkusOfPlacedOrdersOnlyEachOnceForRangesAndLists() {
        OrderRows rows = new OrderRows(transactionManager.getDataSource(), em, entityConfiguration);
        long[] kettle = rows.product("Copper Kettle", null);
        long[] apron = rows.product("Linen Apron", null);
        long[] carted = rows.product("Cart Only Grinder", null);
        long buyer = rows.customer(false);
        long other = rows.customer(false);
        long neighbour = rows.customer(true);
        Date placed = new Date(System.currentTimeMillis() - 86400000L);
        long first = rows.order(buyer, "SUBMITTED", "N-" + buyer + "-1", placed, new BigDecimal("30.00"), placed);
        rows.item(first, "Copper Kettle", 1, new BigDecimal("20.00"), kettle);
        rows.item(first, "Linen Apron", 1, new BigDecimal("10.00"), apron);
        long second = rows.order(buyer, "SUBMITTED", "N-" + buyer + "-2", placed, new BigDecimal("20.00"), placed);
        rows.item(second, "Copper Kettle", 1, new BigDecimal("20.00"), kettle);
        long cancelled = rows.order(buyer, "CANCELLED", "N-" + buyer + "-3", placed, new BigDecimal("99.00"), placed);
        rows.item(cancelled, "Linen Apron", 1, new BigDecimal("99.00"), apron);
        long cart = rows.order(buyer, "IN_PROCESS", null, null, new BigDecimal("5.00"), placed);
        rows.item(cart, "Cart Only Grinder", 1, new BigDecimal("5.00"), carted);
        long wishlist = rows.order(other, "NAMED", null, null, BigDecimal.ZERO, placed);
        rows.item(wishlist, "Cart Only Grinder", 1, new BigDecimal("5.00"), carted);
        long neighbours = rows.order(neighbour, "SUBMITTED", "N-" + neighbour, placed, new BigDecimal("7.00"), placed);
        rows.item(neighbours, "Linen Apron", 1, new BigDecimal("7.00"), apron);
        rows.flush();

        List<Long> batch = Arrays.asList(buyer, other, neighbour); // ascending and dense: read as one id range
        for (Map<Long, SolrInputDocument> docs : Arrays.asList(documents.readDocuments(batch),
                documents.readDocuments(Arrays.asList(neighbour, buyer, other)))) { // not ascending: an IN list
            SolrInputDocument b = docs.get(buyer);
            assertEquals(Arrays.asList("Copper Kettle", "Linen Apron"), sorted(values(b, CustomerFields.PRODUCT)),
                    "the placed orders' products, each once; the cancelled order's too, the cart's not");
            assertEquals(sorted(Arrays.asList(Long.toString(kettle[0]), Long.toString(apron[0]))),
                    sorted(values(b, CustomerFields.SKU)));
            assertEquals(2, ((Number) b.getFieldValue(CustomerFields.ORDER_COUNT)).intValue(),
                    "placed, not cancelled");
            assertEquals(50.0, ((Number) b.getFieldValue(CustomerFields.TOTAL_SPENT)).doubleValue(), 0.001);

            SolrInputDocument o = docs.get(other);
            assertNull(o.getFieldValues(CustomerFields.PRODUCT), "a wishlist is no order");
            assertEquals(Collections.singletonList("Linen Apron"),
                    values(docs.get(neighbour), CustomerFields.PRODUCT));
        }
    }

    private static List<String> values(SolrInputDocument doc, String field) {
        Collection<Object> values = doc.getFieldValues(field);
        List<String> text = new ArrayList<String>();
        if (values != null) {
            for (Object value : values) {
                text.add(String.valueOf(value));
            }
        }
        return text;
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<String>(values);
        Collections.sort(copy);
        return copy;
    }
}
