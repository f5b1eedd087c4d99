package io.custmgr.search.export.dao;

import io.custmgr.search.export.ExportColumn;

import java.util.List;

/**
 * Reads export rows set-based over plain JDBC (the shared {@code cmNamedJdbcTemplate}): per batch of ids one statement
 * for each kind of data the columns need (customer and profile, phones, groups, addresses, order totals, activity),
 * never one per customer. Joins the caller's transaction when there is one; needs none.
 */
public interface CustomerExportDao {

    /**
     * @param ids customers to read, any number; a customer given twice is read once. Ascending ids close together
     *        are read as one id range ({@link io.custmgr.common.jdbc.IdScope}), others in IN lists
     * @param columns the values to read, in row order
     * @return one row per existing customer, in the order of {@code ids} (ids of no customer left out); each row holds
     *         a value per column of the column's {@link io.custmgr.search.export.ValueType} Java type, or null
     */
    List<Object[]> readRows(List<Long> ids, List<ExportColumn> columns);

    /**
     * Keyset paging through every customer row (registered, guest and anonymous alike; merged-away customers keep a
     * deactivated row and are included).
     *
     * @return at most {@code max} customer ids greater than {@code afterId}, ascending
     */
    List<Long> readIdsAfter(long afterId, int max);
}
