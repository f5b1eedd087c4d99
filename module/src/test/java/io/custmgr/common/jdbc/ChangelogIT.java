package io.custmgr.common.jdbc;

import io.custmgr.company.dao.CompanySchema;
import io.custmgr.customer.account.dao.CustomerReferenceIndexes;
import io.custmgr.disposable.service.DisposableDomainListLoader;
import io.custmgr.group.dao.CustomerGroupSchema;
import io.custmgr.library.dao.BundleLineIndex;
import io.custmgr.privacy.dao.ErasureIndexes;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.ScratchDatabase;
import io.custmgr.test.TestDatabase;
import liquibase.Contexts;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.broadleafcommerce.common.extensibility.jpa.MergePersistenceUnitManager;
import org.hibernate.HibernateException;
import org.hibernate.cfg.Configuration;
import org.hibernate.cfg.Environment;
import org.hibernate.ejb.Ejb3Configuration;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.tool.hbm2ddl.SchemaExport;
import org.hibernate.tool.hbm2ddl.SchemaValidator;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped Liquibase changelog, applied to an empty database that holds Broadleaf's own schema, gives the schema the
 * merged mapping expects: Hibernate's {@code hbm2ddl validate} passes, and every index and unique key the module's
 * tables map, and every index the module adds at start-up, exists. Broadleaf's schema is the merged mapping's, made by
 * {@code hbm2ddl create}, less the module's objects (its CM_ tables and the CM_ columns of Broadleaf's tables): what a
 * store has before it installs the module. Runs on the database of the test pass (HSQLDB, PostgreSQL, MariaDB).
 */
@BroadleafIntegrationTest
class ChangelogIT {

    static final String CHANGELOG = "config/custmgr/db/changelog/custmgr-changelog.xml";
    static final String MODULE_PREFIX = "CM_";

    @Resource(name = "blPersistenceUnitManager")
    MergePersistenceUnitManager persistenceUnits;

    @Test
    void theChangelogOnBroadleafsSchemaGivesTheSchemaTheMappingExpects() throws Exception {
        Configuration mapping = mapping();
        ScratchDatabase database = ScratchDatabase.create("changelog");
        try (Connection connection = database.connect()) {
            new SchemaExport(mapping, connection).execute(false, true, false, true);
            dropModuleObjects(mapping, connection);
            assertTrue(validationError(mapping, database).matches("Missing (table|column): CM_.*"), "Broadleaf's schema alone");

            applyChangelog(connection);

            validate(mapping, database);
            assertEquals(new ArrayList<String>(), missingIndexes(mapping, connection));

            // the check notices a column the changelog would lack
            execute(connection, "ALTER TABLE CM_PAGE_VIEW DROP COLUMN URL");
            assertTrue(validationError(mapping, database).matches("(?i)Missing column: URL in .*CM_PAGE_VIEW"),
                    "CM_PAGE_VIEW.URL dropped");
        }
    }

    /** The merged blPU mapping as the running context has it (entities transformed), for this database's dialect. */
    private Configuration mapping() {
        Map<String, Object> settings = new HashMap<String, Object>();
        settings.put(Environment.DIALECT, TestDatabase.dialect());
        settings.put(Environment.HBM2DDL_AUTO, "");
        Configuration configuration = new Ejb3Configuration()
                .configure(persistenceUnits.obtainPersistenceUnitInfo("blPU"), settings)
                .getHibernateConfiguration();
        configuration.buildMappings();
        // connections come from the scratch database's settings, not the test context's data source
        configuration.getProperties().remove(Environment.DATASOURCE);
        configuration.getProperties().remove(Environment.HBM2DDL_IMPORT_FILES);
        return configuration;
    }

    private static void validate(Configuration mapping, ScratchDatabase database) {
        Properties settings = database.hibernateConnection();
        settings.setProperty(Environment.DIALECT, TestDatabase.dialect());
        new SchemaValidator(mapping, settings).validate();
    }

    private static String validationError(Configuration mapping, ScratchDatabase database) {
        return assertThrows(HibernateException.class, () -> validate(mapping, database)).getMessage();
    }

    private static void dropModuleObjects(Configuration mapping, Connection connection) throws SQLException {
        if (TestDatabase.isMariaDb()) {
            execute(connection, "SET FOREIGN_KEY_CHECKS = 0");
        }
        for (Iterator<Table> tables = mapping.getTableMappings(); tables.hasNext(); ) {
            Table table = tables.next();
            if (isModules(table.getName())) {
                execute(connection, "DROP TABLE " + table.getName() + " CASCADE");
                continue;
            }
            for (Iterator<?> columns = table.getColumnIterator(); columns.hasNext(); ) {
                String column = ((Column) columns.next()).getName();
                if (isModules(column)) {
                    execute(connection, "ALTER TABLE " + table.getName() + " DROP COLUMN " + column + " CASCADE");
                }
            }
        }
        if (TestDatabase.isMariaDb()) {
            execute(connection, "SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    private static void applyChangelog(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                new JdbcConnection(connection));
        new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database).update(new Contexts());
        connection.setAutoCommit(true); // Liquibase turned it off; later statements must be seen by the validator
    }

    /** @return the mapped indexes and unique keys of the module's tables, and its start-up indexes, not in the database */
    private static List<String> missingIndexes(Configuration mapping, Connection connection) throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        List<String> missing = new ArrayList<String>();
        for (Iterator<Table> tables = mapping.getTableMappings(); tables.hasNext(); ) {
            Table table = tables.next();
            if (!isModules(table.getName())) {
                continue;
            }
            for (Iterator<Index> indexes = table.getIndexIterator(); indexes.hasNext(); ) {
                Index index = indexes.next();
                expectNamed(connection, table.getName(), index.getName(), missing);
            }
            for (Iterator<UniqueKey> keys = table.getUniqueKeyIterator(); keys.hasNext(); ) {
                UniqueKey key = keys.next();
                String first = ((Column) key.getColumns().get(0)).getName();
                if (!SchemaIndexes.hasIndexStartingWith(jdbc, table.getName(), first, true)) {
                    missing.add(table.getName() + " unique " + key.getName());
                }
            }
        }
        for (String[] reference : CustomerReferenceIndexes.REFERENCES) {
            expectNamed(connection, reference[0], reference[2], missing);
        }
        expectNamed(connection, "CM_CUSTOMER_GROUP", CustomerGroupSchema.NAME_INDEX, missing);
        expectNamed(connection, "CM_CUSTOMER_GROUP_MEMBER", CustomerGroupSchema.MEMBER_GROUP_INDEX, missing);
        expectNamed(connection, "CM_DISPOSABLE_DOMAIN", DisposableDomainListLoader.DOMAIN_INDEX, missing);
        expectNamed(connection, "BLC_ORDER_PAYMENT_TRANSACTION", ErasureIndexes.PAYMENT_TRANSACTION_INDEX, missing);
        expectNamed(connection, "BLC_DISCRETE_ORDER_ITEM", BundleLineIndex.NAME, missing);
        expectNamed(connection, "CM_COMPANY", CompanySchema.NAME_INDEX, missing);
        expectNamed(connection, "CM_COMPANY", CompanySchema.STATUS_INDEX, missing);
        return missing;
    }

    private static void expectNamed(Connection connection, String table, String index, List<String> missing)
            throws SQLException {
        for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rows = connection.getMetaData().getIndexInfo(connection.getCatalog(), null, name, false,
                    true)) {
                while (rows.next()) {
                    if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                        return;
                    }
                }
            }
        }
        missing.add(table + " " + index);
    }

    private static boolean isModules(String name) {
        return name.toUpperCase(Locale.ROOT).startsWith(MODULE_PREFIX);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
