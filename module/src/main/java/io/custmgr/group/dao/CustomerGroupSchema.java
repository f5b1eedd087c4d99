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
import java.util.Locale;

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

    private static final Log LOG = LogFactory.getLog(CustomerGroupSchema.class);
    public static final String NAME_INDEX = "CM_CUSTOMER_GROUP_NAME_UK";
    public static final String MEMBER_GROUP_INDEX = "CM_CUSTOMER_GROUP_MEMBER_GRP_IX";

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @PostConstruct
    public void ensureIndexes() {
        JdbcTemplate jdbc = new JdbcTemplate(transactionManager.getDataSource());
        ensureIndex(jdbc, true, NAME_INDEX, CustomerGroupImpl.TABLE, "NAME_KEY");
        ensureIndex(jdbc, false, MEMBER_GROUP_INDEX, CustomerGroupImpl.MEMBER_TABLE, "CUSTOMER_GROUP_ID");
    }

    private static void ensureIndex(JdbcTemplate jdbc, boolean unique, String name, String table, String column) {
        try {
            if (!hasIndexStartingWith(jdbc, table, column, unique)) {
                jdbc.execute("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + name + " ON " + table + " ("
                        + column + (unique ? "" : ", CUSTOMER_ID") + ")");
                LOG.info("Created the index " + name + " on " + table);
            }
        } catch (RuntimeException e) {
            LOG.warn("Customer groups: could not create the index " + name + " on " + table + ": " + e);
        }
    }

    /** @return whether an index (unique, if asked) has {@code column} as its first column */
    static boolean hasIndexStartingWith(JdbcTemplate jdbc, final String table, final String column,
            final boolean unique) {
        return jdbc.execute(new ConnectionCallback<Boolean>() {
            @Override
            public Boolean doInConnection(Connection connection) throws SQLException {
                DatabaseMetaData meta = connection.getMetaData();
                // unquoted names are stored upper case by HSQLDB, lower case by PostgreSQL
                for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
                    ResultSet indexes = meta.getIndexInfo(null, null, name, unique, false);
                    try {
                        while (indexes.next()) {
                            if (indexes.getShort("ORDINAL_POSITION") == 1
                                    && column.equalsIgnoreCase(indexes.getString("COLUMN_NAME"))) {
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
