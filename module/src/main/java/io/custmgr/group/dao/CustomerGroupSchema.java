package io.custmgr.group.dao;

import io.custmgr.group.domain.CustomerGroupImpl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Makes sure the database itself keeps group names unique (an index on {@code NAME_KEY}), so two merchants saving the
 * same name at the same moment cannot both succeed. Hibernate's {@code hbm2ddl=update} does not create unique
 * constraints, so the module adds the index at start-up when it is missing. A failure is logged, not fatal: the
 * service's own check still applies.
 */
@Component("cmCustomerGroupSchema")
public class CustomerGroupSchema {

    private static final Log LOG = LogFactory.getLog(CustomerGroupSchema.class);
    public static final String NAME_INDEX = "CM_CUSTOMER_GROUP_NAME_UK";

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @PostConstruct
    public void ensureUniqueNameIndex() {
        JdbcTemplate jdbc = new JdbcTemplate(transactionManager.getDataSource());
        try {
            if (!hasUniqueNameIndex(jdbc)) {
                jdbc.execute("CREATE UNIQUE INDEX " + NAME_INDEX + " ON " + CustomerGroupImpl.TABLE + " (NAME_KEY)");
                LOG.info("Created the unique index " + NAME_INDEX + " on " + CustomerGroupImpl.TABLE);
            }
        } catch (RuntimeException e) {
            LOG.warn("Customer groups: could not create the unique index " + NAME_INDEX + " (group names are still "
                    + "checked on save, but not against simultaneous saves): " + e);
        }
    }

    static boolean hasUniqueNameIndex(JdbcTemplate jdbc) {
        return jdbc.execute(new ConnectionCallback<Boolean>() {
            @Override
            public Boolean doInConnection(Connection connection) throws SQLException {
                DatabaseMetaData meta = connection.getMetaData();
                // unquoted names are stored upper case by HSQLDB, lower case by PostgreSQL
                for (String table : new String[] {CustomerGroupImpl.TABLE, CustomerGroupImpl.TABLE.toLowerCase()}) {
                    ResultSet indexes = meta.getIndexInfo(null, null, table, true, false);
                    try {
                        while (indexes.next()) {
                            if ("NAME_KEY".equalsIgnoreCase(indexes.getString("COLUMN_NAME"))) {
                                return true;
                            }
                        }
                    } finally {
                        indexes.close();
                    }
                }
                return false;
            }
        });
    }
}
