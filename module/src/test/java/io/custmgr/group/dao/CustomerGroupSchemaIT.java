package io.custmgr.group.dao;

import io.custmgr.common.jdbc.SchemaIndexes;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The indexes Hibernate's schema update leaves out exist once the module has started. */
@BroadleafIntegrationTest
class CustomerGroupSchemaIT {

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Test
    void groupNamesAreUniqueAndMembersAreIndexedByGroup() {
        JdbcTemplate jdbc = new JdbcTemplate(transactionManager.getDataSource());

        assertTrue(SchemaIndexes.hasIndexStartingWith(jdbc, "CM_CUSTOMER_GROUP", "NAME_KEY", true));
        assertTrue(SchemaIndexes.hasIndexStartingWith(jdbc, "CM_CUSTOMER_GROUP_MEMBER", "CUSTOMER_GROUP_ID",
                false));
    }
}
