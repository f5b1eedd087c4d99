package io.custmgr.privacy.dao;

import io.custmgr.common.jdbc.SchemaIndexes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Indexes the erasure's order step needs on Broadleaf tables that have none, added at start-up when missing: payment
 * transactions are found by their payment ({@code BLC_ORDER_PAYMENT_TRANSACTION.ORDER_PAYMENT}, a foreign key Broadleaf
 * leaves unindexed), else blanking the buyer's IP reads every transaction of the shop per batch. A failure is logged,
 * not fatal.
 */
@Component("cmErasureIndexes")
public class ErasureIndexes {

    public static final String PAYMENT_TRANSACTION_INDEX = "CM_PAYTX_PAYMENT_IX";

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @PostConstruct
    public void ensureIndexes() {
        SchemaIndexes.ensure(jdbc, false, PAYMENT_TRANSACTION_INDEX, "BLC_ORDER_PAYMENT_TRANSACTION", "ORDER_PAYMENT");
    }
}
