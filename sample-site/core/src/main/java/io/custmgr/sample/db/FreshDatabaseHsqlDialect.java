package io.custmgr.sample.db;

import org.hibernate.dialect.HSQLDialect;

/**
 * HSQLDB dialect for the sample site's schema creation on an empty in-memory database: tables are dropped with
 * {@code drop table ... if exists cascade}, so Hibernate need not drop each foreign key first (which fails, and
 * logs an error, for every constraint of a table that does not exist yet).
 */
public class FreshDatabaseHsqlDialect extends HSQLDialect {

    @Override
    public boolean dropConstraints() {
        return false;
    }
}
