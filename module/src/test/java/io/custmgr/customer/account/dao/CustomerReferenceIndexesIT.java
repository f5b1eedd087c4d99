package io.custmgr.customer.account.dao;

import io.custmgr.common.jdbc.SchemaIndexes;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.annotation.Resource;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Start-up leaves an index on every customer column of Broadleaf's tables that deletes and merges look up. */
@BroadleafIntegrationTest
class CustomerReferenceIndexesIT {

    @Resource(name = "cmTestDataSource")
    DataSource dataSource;

    @Test
    void everyCustomerReferenceIsIndexed() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String[] reference : CustomerReferenceIndexes.REFERENCES) {
            assertTrue(SchemaIndexes.hasIndexStartingWith(jdbc, reference[0], reference[1], false),
                    reference[0] + "." + reference[1]);
        }
        assertTrue(SchemaIndexes.hasIndexStartingWith(jdbc, "BLC_ORDER", "CUSTOMER_ID", false), "Broadleaf's own");
        assertTrue(SchemaIndexes.hasIndexStartingWith(jdbc, "BLC_ORDER_PAYMENT_TRANSACTION", "ORDER_PAYMENT", false),
                "the erasure's");
    }
}
