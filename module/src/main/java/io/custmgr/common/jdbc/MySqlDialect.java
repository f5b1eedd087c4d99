package io.custmgr.common.jdbc;

import org.hibernate.dialect.MySQL5InnoDBDialect;

import java.sql.Types;

/**
 * Hibernate's MySQL 5 InnoDB dialect for MariaDB 10.3+ and MySQL 5.7+, with times kept to the microsecond: the plain
 * dialect creates {@code DATETIME} columns, which drop the fraction, and the module compares stored times with the
 * ones it wrote (a guest's anonymization stamp, the page-view history's date window). Set it as
 * {@code blPU.hibernate.dialect} (and for the other persistence units) on MariaDB or MySQL.
 */
public class MySqlDialect extends MySQL5InnoDBDialect {

    public MySqlDialect() {
        registerColumnType(Types.TIMESTAMP, "datetime(6)");
        registerColumnType(Types.TIME, "time(6)");
    }
}
