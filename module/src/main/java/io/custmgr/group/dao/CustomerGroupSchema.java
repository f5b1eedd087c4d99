package io.custmgr.group.dao;

import io.custmgr.common.jdbc.SchemaIndexes;
import io.custmgr.group.domain.CustomerGroupImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Indexes Hibernate's {@code hbm2ddl=update} does not create, added at start-up when missing: a unique index on
 * {@code CM_CUSTOMER_GROUP.NAME_KEY}, so the database itself keeps group names unique (two merchants saving the same
 * name at the same moment cannot both succeed), and one on {@code CM_CUSTOMER_GROUP_MEMBER.CUSTOMER_GROUP_ID} (the
 * primary key starts with the customer) for the per-group reads and deletes. A failure is logged, not fatal.
 */
@Component("cmCustomerGroupSchema")
public class CustomerGroupSchema {

    public static final String NAME_INDEX = "CM_CUSTOMER_GROUP_NAME_UK";
    public static final String MEMBER_GROUP_INDEX = "CM_CUSTOMER_GROUP_MEMBER_GRP_IX";

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @PostConstruct
    public void ensureIndexes() {
        SchemaIndexes.ensure(jdbc, true, NAME_INDEX, CustomerGroupImpl.TABLE, "NAME_KEY");
        SchemaIndexes.ensure(jdbc, false, MEMBER_GROUP_INDEX, CustomerGroupImpl.MEMBER_TABLE,
                "CUSTOMER_GROUP_ID, CUSTOMER_ID");
    }
}
