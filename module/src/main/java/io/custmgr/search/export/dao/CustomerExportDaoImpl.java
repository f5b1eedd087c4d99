package io.custmgr.search.export.dao;

import io.custmgr.common.jdbc.AddressIdBounds;
import io.custmgr.common.jdbc.IdScope;
import io.custmgr.customer.orders.type.OrderKinds;
import io.custmgr.search.export.ExportColumn;
import io.custmgr.search.export.ExportColumn.Source;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

/**
 * Plain SQL in the subset HSQLDB, PostgreSQL and MariaDB share; one statement per source and {@link IdScope}: a batch
 * of ascending, dense ids (export of all customers, a search sorted by id) is one id range, others IN lists.
 */
@Repository("cmCustomerExportDao")
public class CustomerExportDaoImpl implements CustomerExportDao {

    static final String CUSTOMERS = "SELECT c.CUSTOMER_ID, c.EMAIL_ADDRESS, c.USER_NAME, c.FIRST_NAME, c.LAST_NAME,"
            + " c.CM_COMPANY, c.CM_PHONE, c.DATE_CREATED, c.CM_DATE_OF_BIRTH, c.CM_ACTIVITY_STATUS, c.DEACTIVATED,"
            + " c.CM_IS_GUEST, c.CM_SHIP_SAME_AS_BILLING FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID IN (:ids)";

    /** Active phones (a phone row without the flag counts as active), oldest first. */
    static final String PHONES = "SELECT cp.CUSTOMER_ID, p.PHONE_NUMBER, p.IS_DEFAULT FROM BLC_CUSTOMER_PHONE cp"
            + " JOIN BLC_PHONE p ON p.PHONE_ID = cp.PHONE_ID WHERE cp.CUSTOMER_ID IN (:ids)"
            + " AND (p.IS_ACTIVE IS NULL OR p.IS_ACTIVE = TRUE) ORDER BY cp.CUSTOMER_ID, cp.CUSTOMER_PHONE_ID";

    static final String GROUPS = "SELECT m.CUSTOMER_ID, g.NAME FROM CM_CUSTOMER_GROUP_MEMBER m"
            + " JOIN CM_CUSTOMER_GROUP g ON g.CUSTOMER_GROUP_ID = m.CUSTOMER_GROUP_ID WHERE m.CUSTOMER_ID IN (:ids)"
            + " ORDER BY m.CUSTOMER_ID, g.NAME_KEY";

    /**
     * The address book's addresses: active ones, oldest first (as AddressBookDaoImpl.readAddresses); the join bounded
     * by {@link AddressIdBounds}.
     */
    static final String ADDRESSES = "SELECT ca.CUSTOMER_ID, ca.CM_DEFAULT_BILLING, ca.CM_DEFAULT_SHIPPING,"
            + " a.ADDRESS_LINE1, a.ADDRESS_LINE2, a.ADDRESS_LINE3, a.CITY, a.STATE_PROV_REGION, a.POSTAL_CODE, a.COUNTRY"
            + " FROM BLC_CUSTOMER_ADDRESS ca JOIN BLC_ADDRESS a ON a.ADDRESS_ID = ca.ADDRESS_ID"
            + " WHERE ca.CUSTOMER_ID IN (:ids) AND a.IS_ACTIVE = TRUE AND " + AddressIdBounds.condition("a.ADDRESS_ID")
            + " ORDER BY ca.CUSTOMER_ID, ca.CUSTOMER_ADDRESS_ID";

    /** Placed orders (every order but carts and wishlists), the module's one definition, as the Orders tab uses it. */
    static final String PLACED = OrderKinds.placedCondition("o");

    static final String ORDERS = "SELECT o.CUSTOMER_ID, COUNT(*) AS ORDERS, SUM(o.ORDER_TOTAL) AS TOTAL,"
            + " MAX(o.SUBMIT_DATE) AS LAST_ORDER FROM BLC_ORDER o WHERE o.CUSTOMER_ID IN (:ids) AND " + PLACED
            + " GROUP BY o.CUSTOMER_ID";

    /** Each table grouped on its own (CUSTOMER_ID, time) index; the later of the two is taken in Java. */
    static final String ACTIVITY = "SELECT e.CUSTOMER_ID, MAX(e.EVENT_TIME) AS LAST_TIME FROM CM_ACTIVITY_EVENT e"
            + " WHERE e.CUSTOMER_ID IN (:ids) GROUP BY e.CUSTOMER_ID UNION ALL"
            + " SELECT v.CUSTOMER_ID, MAX(v.VIEW_TIME) AS LAST_TIME FROM CM_PAGE_VIEW v"
            + " WHERE v.CUSTOMER_ID IN (:ids) GROUP BY v.CUSTOMER_ID";

    static final String IDS_AFTER = "SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE CUSTOMER_ID > :after"
            + " ORDER BY CUSTOMER_ID LIMIT :max";

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Override
    public List<Object[]> readRows(List<Long> ids, List<ExportColumn> columns) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        for (ExportColumn column : columns) {
            sources.add(column.getSource());
        }
        Set<Long> wanted = new LinkedHashSet<Long>(ids);
        wanted.remove(null);
        Map<Long, ExportRecord> records = new HashMap<Long, ExportRecord>(wanted.size() * 2);
        for (IdScope scope : IdScope.of(wanted)) {
            read(scope, wanted, sources, records);
        }
        List<Object[]> rows = new ArrayList<Object[]>(records.size());
        for (Long id : wanted) {
            ExportRecord record = records.get(id);
            if (record != null) {
                rows.add(record.row(columns));
            }
        }
        return rows;
    }

    @Override
    public List<Long> readIdsAfter(long afterId, int max) {
        return named.queryForList(IDS_AFTER, new MapSqlParameterSource("after", afterId).addValue("max", max),
                Long.class);
    }

    private void read(IdScope chunk, Set<Long> wanted, Set<Source> sources, Map<Long, ExportRecord> records) {
        final Map<Long, ExportRecord> found = readCustomers(chunk, wanted);
        if (found.isEmpty()) {
            return;
        }
        // a range reads what lies in it; IN lists only the customers found
        IdScope existing = chunk.isRange() ? chunk : IdScope.of(found.keySet()).get(0);
        if (sources.contains(Source.PHONES)) {
            readPhones(chunk, found);
        }
        if (sources.contains(Source.GROUPS)) {
            query(GROUPS, existing, found, new Reader() {
                @Override
                void read(ExportRecord record, ResultSet rs) throws SQLException {
                    record.addGroup(rs.getString("NAME"));
                }
            });
        }
        if (sources.contains(Source.ADDRESSES)) {
            readAddresses(existing, found);
        }
        if (sources.contains(Source.ORDERS)) {
            query(ORDERS, existing, found, new Reader() {
                @Override
                void read(ExportRecord record, ResultSet rs) throws SQLException {
                    record.orderCount = rs.getLong("ORDERS");
                    BigDecimal total = rs.getBigDecimal("TOTAL");
                    record.totalSpent = total == null ? BigDecimal.ZERO : total;
                    record.lastOrder = rs.getTimestamp("LAST_ORDER");
                }
            });
        }
        if (sources.contains(Source.ACTIVITY)) {
            query(ACTIVITY, existing, found, new Reader() {
                @Override
                void read(ExportRecord record, ResultSet rs) throws SQLException {
                    record.activityAt(rs.getTimestamp("LAST_TIME"));
                }
            });
        }
        records.putAll(found);
    }

    /** The customers of the chunk that were asked for; columns by position, in the order of {@link #CUSTOMERS}. */
    private Map<Long, ExportRecord> readCustomers(IdScope chunk, final Set<Long> wanted) {
        final Map<Long, ExportRecord> found = new HashMap<Long, ExportRecord>();
        named.query(chunk.sql(CUSTOMERS), chunk.parameters(), new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                long id = rs.getLong(1);
                if (!wanted.contains(id)) {
                    return;
                }
                ExportRecord record = new ExportRecord(id);
                record.email = rs.getString(2);
                record.userName = rs.getString(3);
                record.firstName = rs.getString(4);
                record.lastName = rs.getString(5);
                record.company = rs.getString(6);
                record.phone = blankToNull(rs.getString(7));
                record.registered = rs.getTimestamp(8);
                record.dateOfBirth = rs.getDate(9);
                record.statusCode = rs.getString(10);
                record.deactivated = rs.getBoolean(11);
                record.guest = rs.getBoolean(12);
                record.shipsToBilling = rs.getBoolean(13);
                found.put(id, record);
            }
        });
        return found;
    }

    /** Customers without a profile phone get their default (else oldest) active customer phone. */
    private void readPhones(IdScope chunk, Map<Long, ExportRecord> found) {
        final Set<Long> withoutPhone = new HashSet<Long>();
        for (ExportRecord record : found.values()) {
            if (record.phone == null) {
                withoutPhone.add(record.id);
            }
        }
        if (withoutPhone.isEmpty()) {
            return;
        }
        final Set<Long> defaultSeen = new HashSet<Long>();
        IdScope scope = chunk.isRange() ? chunk : IdScope.of(withoutPhone).get(0);
        query(PHONES, scope, found, new Reader() {
            @Override
            void read(ExportRecord record, ResultSet rs) throws SQLException {
                if (!withoutPhone.contains(record.id)) {
                    return;
                }
                if (rs.getBoolean("IS_DEFAULT") ? defaultSeen.add(record.id) : record.phone == null) {
                    record.phone = rs.getString("PHONE_NUMBER");
                }
            }
        });
    }

    private void readAddresses(IdScope existing, Map<Long, ExportRecord> found) {
        final Map<Long, DefaultAddresses> addresses = new HashMap<Long, DefaultAddresses>();
        query(ADDRESSES, existing, found, new Reader() {
            @Override
            void read(ExportRecord record, ResultSet rs) throws SQLException {
                DefaultAddresses defaults = addresses.get(record.id);
                if (defaults == null) {
                    defaults = new DefaultAddresses();
                    addresses.put(record.id, defaults);
                }
                defaults.offer(rs.getBoolean("CM_DEFAULT_BILLING"), rs.getBoolean("CM_DEFAULT_SHIPPING"),
                        rs.getString("ADDRESS_LINE1"), rs.getString("ADDRESS_LINE2"), rs.getString("ADDRESS_LINE3"),
                        rs.getString("CITY"), rs.getString("STATE_PROV_REGION"), rs.getString("POSTAL_CODE"),
                        rs.getString("COUNTRY"));
            }
        });
        for (Map.Entry<Long, DefaultAddresses> entry : addresses.entrySet()) {
            ExportRecord record = found.get(entry.getKey());
            record.billingAddress = entry.getValue().billing();
            record.shippingAddress = entry.getValue().shipping(record.shipsToBilling);
        }
    }

    /** Rows of customers in the scope that were not asked for are skipped. */
    private void query(String sql, IdScope scope, final Map<Long, ExportRecord> found, final Reader reader) {
        named.query(scope.sql(sql), scope.parameters(), new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                ExportRecord record = found.get(rs.getLong(1));
                if (record != null) {
                    reader.read(record, rs);
                }
            }
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.trim().isEmpty() ? null : text;
    }

    /** Reads one result row into the record of its CUSTOMER_ID. */
    private abstract static class Reader {
        abstract void read(ExportRecord record, ResultSet rs) throws SQLException;
    }
}
