package io.custmgr.library.dao;

import io.custmgr.common.jdbc.SchemaIndexes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * The index the library's statements use to find the items of an order's bundles
 * ({@code BLC_DISCRETE_ORDER_ITEM.BUNDLE_ORDER_ITEM_ID}, which Broadleaf does not index), added at start-up when
 * missing, as the Liquibase changelog adds it.
 */
@Component("cmBundleLineIndex")
public class BundleLineIndex {

    public static final String NAME = "CM_DISCITEM_BUNDLE_IX";

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @PostConstruct
    public void ensureIndex() {
        SchemaIndexes.ensure(jdbc, false, NAME, "BLC_DISCRETE_ORDER_ITEM", "BUNDLE_ORDER_ITEM_ID");
    }
}
