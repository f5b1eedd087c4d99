package io.custmgr.customer.account.dao;

import io.custmgr.common.jdbc.SchemaIndexes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Indexes on the customer columns of Broadleaf tables that have none, added at start-up when missing. Deleting or
 * merging a customer reads these tables by customer, and PostgreSQL checks each foreign key to BLC_CUSTOMER per
 * deleted customer: without an index every check scans the whole table (every address of the shop, per deleted
 * account). A failure is logged, not fatal.
 */
@Component("cmCustomerReferenceIndexes")
public class CustomerReferenceIndexes {

    /** Table and the column holding a BLC_CUSTOMER id; index names stay within every database's length limit. */
    public static final String[][] REFERENCES = {
            {"BLC_CUSTOMER_ADDRESS", "CUSTOMER_ID", "CM_CUSTADDR_CUSTOMER_IX"},
            {"BLC_CUSTOMER_ATTRIBUTE", "CUSTOMER_ID", "CM_CUSTATTR_CUSTOMER_IX"},
            {"BLC_CUSTOMER_PAYMENT", "CUSTOMER_ID", "CM_CUSTPAY_CUSTOMER_IX"},
            {"BLC_CUSTOMER_PHONE", "CUSTOMER_ID", "CM_CUSTPHONE_CUSTOMER_IX"},
            {"BLC_CUSTOMER_PASSWORD_TOKEN", "CUSTOMER_ID", "CM_PWTOKEN_CUSTOMER_IX"}};

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @PostConstruct
    public void ensureIndexes() {
        for (String[] reference : REFERENCES) {
            SchemaIndexes.ensure(jdbc, false, reference[2], reference[0], reference[1]);
        }
    }
}
