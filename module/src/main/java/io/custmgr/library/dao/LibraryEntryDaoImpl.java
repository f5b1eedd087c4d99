package io.custmgr.library.dao;

import io.custmgr.customer.orders.type.OrderKinds;
import io.custmgr.library.domain.LibraryEntryImpl;
import io.custmgr.library.rebuild.LibraryRebuildPairImpl;
import io.custmgr.library.service.LibraryItem;
import io.custmgr.library.type.Acquisition;
import io.custmgr.library.type.DigitalPackageType;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

@Repository("cmLibraryEntryDao")
public class LibraryEntryDaoImpl implements LibraryEntryDao {

    static final String T = LibraryEntryImpl.TABLE;
    static final String ACTIVE = LibraryEntryImpl.ACTIVE;
    static final String REVOKED = LibraryEntryImpl.REVOKED;
    static final String PURCHASE = Acquisition.PURCHASE.getType();

    /** Product p is not a bundle: a bundle is delivered as its bundled products, never as an item of its own. */
    static final String NOT_A_BUNDLE = "(p.CM_PACKAGE_TYPE IS NULL OR p.CM_PACKAGE_TYPE <> '"
            + DigitalPackageType.BUNDLE.getType() + "')";

    /**
     * Order lines that justify a library item, as (o.CUSTOMER_ID, p.PRODUCT_ID, o.ORDER_ID); callers add conditions.
     * A line is a discrete item of the order, or an item of one of its bundles: Broadleaf's bundle order items hold
     * their discrete items through BUNDLE_ORDER_ITEM_ID, without an ORDER_ID of their own and with the bundle as their
     * product; the bundled product is the one whose default SKU the item is (the bundle, for another SKU).
     */
    static final String DIGITAL_LINES = " FROM BLC_ORDER o JOIN BLC_ORDER_ITEM oi ON oi.ORDER_ID = o.ORDER_ID"
            + " LEFT JOIN BLC_DISCRETE_ORDER_ITEM dl ON dl.ORDER_ITEM_ID = oi.ORDER_ITEM_ID"
            + " LEFT JOIN BLC_DISCRETE_ORDER_ITEM bl ON bl.BUNDLE_ORDER_ITEM_ID = oi.ORDER_ITEM_ID"
            + " LEFT JOIN BLC_SKU bs ON bs.SKU_ID = bl.SKU_ID"
            + " JOIN BLC_PRODUCT p ON p.PRODUCT_ID = COALESCE(dl.PRODUCT_ID, bs.DEFAULT_PRODUCT_ID, bl.PRODUCT_ID)"
            + " WHERE p.CM_DIGITAL = :yes AND " + NOT_A_BUNDLE
            + " AND (o.ORDER_STATUS IS NULL OR o.ORDER_STATUS <> 'CANCELLED')";

    /** Successful payment transactions of order o's payments still in use, by type ('…'). */
    private static final String TRANSACTIONS = " FROM BLC_ORDER_PAYMENT op JOIN BLC_ORDER_PAYMENT_TRANSACTION t"
            + " ON t.ORDER_PAYMENT = op.ORDER_PAYMENT_ID WHERE op.ORDER_ID = o.ORDER_ID"
            + " AND (op.ARCHIVED IS NULL OR op.ARCHIVED <> 'Y') AND (t.SUCCESS IS NULL OR t.SUCCESS = :yes)"
            + " AND t.TRANSACTION_TYPE IN (%s)";

    /**
     * Order o was refunded in full: its refunds add up to what was captured. An order without a refund costs one
     * index probe.
     */
    static final String REFUNDED = "(EXISTS (SELECT 1" + String.format(TRANSACTIONS, "'REFUND'") + ")"
            + " AND (SELECT COALESCE(SUM(CASE WHEN t.TRANSACTION_TYPE = 'REFUND' THEN t.TRANSACTION_AMOUNT"
            + " ELSE -t.TRANSACTION_AMOUNT END), 0)"
            + String.format(TRANSACTIONS, "'REFUND', 'CAPTURE', 'AUTHORIZE_AND_CAPTURE'") + ") >= 0)";

    static final String JUSTIFYING = DIGITAL_LINES + " AND " + OrderKinds.placedCondition("o") + " AND NOT "
            + REFUNDED;

    /** The first order that justifies entry e's item. */
    static final String FIRST_JUSTIFYING = "(SELECT MIN(o.ORDER_ID)" + JUSTIFYING
            + " AND o.CUSTOMER_ID = e.CUSTOMER_ID AND p.PRODUCT_ID = e.PRODUCT_ID)";

    static final String IS_JUSTIFIED = "EXISTS (SELECT 1" + JUSTIFYING
            + " AND o.CUSTOMER_ID = e.CUSTOMER_ID AND p.PRODUCT_ID = e.PRODUCT_ID)";

    static final String INSERT = "INSERT INTO " + T + " (CUSTOMER_ID, PRODUCT_ID, ACQUISITION, ORDER_ID, GRANTED_DATE,"
            + " GRANTED_BY, STATUS, DOWNLOADS_USED, DOWNLOADS_ALLOWED, ACCESS_EXPIRES)"
            + " SELECT o.CUSTOMER_ID, p.PRODUCT_ID, '" + PURCHASE + "', MIN(o.ORDER_ID), :when, :by, '" + ACTIVE + "', 0,"
            + " :allowed, :expires" + DIGITAL_LINES + " AND %s AND NOT EXISTS (SELECT 1 FROM " + T + " x"
            + " WHERE x.CUSTOMER_ID = o.CUSTOMER_ID AND x.PRODUCT_ID = p.PRODUCT_ID)"
            + " GROUP BY o.CUSTOMER_ID, p.PRODUCT_ID";

    static final String REPOINT = "UPDATE " + T + " e SET ORDER_ID = " + FIRST_JUSTIFYING
            + " WHERE e.ACQUISITION = '" + PURCHASE + "' AND %s AND " + IS_JUSTIFIED;

    static final String LIBRARY = "SELECT p.PRODUCT_ID, s.NAME, p.CM_PACKAGE_TYPE, e.CUSTOMER_ID AS ENTRY_CUSTOMER,"
            + " e.ACQUISITION, e.ORDER_ID, e.GIVER, e.GRANTED_DATE, e.GRANTED_BY, e.NOTE, e.STATUS, e.REVOKE_REASON,"
            + " e.REVOKED_DATE, e.DOWNLOADS_USED, e.DOWNLOADS_ALLOWED, e.ACCESS_EXPIRES"
            + " FROM BLC_PRODUCT p LEFT JOIN BLC_SKU s ON s.SKU_ID = p.DEFAULT_SKU_ID"
            + " LEFT JOIN " + T + " e ON e.PRODUCT_ID = p.PRODUCT_ID AND e.CUSTOMER_ID = :customer"
            + " WHERE e.CUSTOMER_ID IS NOT NULL OR (p.CM_DIGITAL = :yes AND " + NOT_A_BUNDLE
            + " AND EXISTS (SELECT 1 FROM BLC_CUSTOMER c"
            + " WHERE c.CUSTOMER_ID = :customer AND c.CM_LIBRARY_ALL_ACCESS = :yes))"
            + " ORDER BY s.NAME, p.PRODUCT_ID";

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Override
    public int grantOrder(long orderId, Grant grant) {
        MapSqlParameterSource params = grantParams(grant).addValue("order", orderId);
        // The checkout workflow calls this before Broadleaf saves the order as submitted: the order's own lines count
        // whatever its status says (bar CANCELLED); the other statements ask for placed orders.
        int added = named.update(String.format(INSERT, "o.ORDER_ID = :order"), params);
        return added + named.update("UPDATE " + T + " SET STATUS = '" + ACTIVE + "', ACQUISITION = '" + PURCHASE + "',"
                + " ORDER_ID = :order, REVOKE_REASON = NULL, REVOKED_DATE = NULL WHERE STATUS = '" + REVOKED + "'"
                + " AND CUSTOMER_ID = (SELECT CUSTOMER_ID FROM BLC_ORDER WHERE ORDER_ID = :order)"
                + " AND PRODUCT_ID IN (SELECT p.PRODUCT_ID" + DIGITAL_LINES + " AND o.ORDER_ID = :order)", params);
    }

    @Override
    public int revokeOrder(long orderId, String reason, Date when) {
        MapSqlParameterSource params = yes().addValue("order", orderId).addValue("reason", reason)
                .addValue("when", when);
        named.update(String.format(REPOINT, "e.ORDER_ID = :order"), params);
        return named.update("UPDATE " + T + " SET STATUS = '" + REVOKED + "', REVOKE_REASON = :reason,"
                + " REVOKED_DATE = :when WHERE ORDER_ID = :order AND ACQUISITION = '" + PURCHASE + "'"
                + " AND STATUS = '" + ACTIVE + "'", params);
    }

    @Override
    public boolean isRefunded(long orderId) {
        return named.queryForObject("SELECT COUNT(*) FROM BLC_ORDER o WHERE o.ORDER_ID = :order AND " + REFUNDED,
                yes().addValue("order", orderId), Integer.class) > 0;
    }

    /**
     * Set-based for a range of customers: the range's justifying (customer, item, order) triples are read from the
     * order lines once into CM_LIBRARY_REBUILD_PAIR under a batch id of their own, the four statements join that
     * small table instead of the order lines, and the rows go again at the end (same transaction).
     */
    @Override
    public int[] rebuild(long firstId, long lastId, Grant grant, String reason) {
        MapSqlParameterSource params = grantParams(grant).addValue("first", firstId).addValue("last", lastId)
                .addValue("reason", reason).addValue("batch", BATCHES.nextLong());
        named.update("INSERT INTO " + PAIRS + " (BATCH_ID, CUSTOMER_ID, PRODUCT_ID, ORDER_ID) SELECT DISTINCT :batch,"
                + " o.CUSTOMER_ID, p.PRODUCT_ID, o.ORDER_ID" + JUSTIFYING + " AND o.CUSTOMER_ID BETWEEN :first AND :last",
                params);
        try {
            int added = named.update("INSERT INTO " + T + " (CUSTOMER_ID, PRODUCT_ID, ACQUISITION, ORDER_ID,"
                    + " GRANTED_DATE, GRANTED_BY, STATUS, DOWNLOADS_USED, DOWNLOADS_ALLOWED, ACCESS_EXPIRES)"
                    + " SELECT j.CUSTOMER_ID, j.PRODUCT_ID, '" + PURCHASE + "', MIN(j.ORDER_ID), :when, :by, '" + ACTIVE
                    + "', 0, :allowed, :expires FROM " + PAIRS + " j WHERE j.BATCH_ID = :batch AND NOT EXISTS (SELECT 1"
                    + " FROM " + T + " x WHERE x.CUSTOMER_ID = j.CUSTOMER_ID AND x.PRODUCT_ID = j.PRODUCT_ID)"
                    + " GROUP BY j.CUSTOMER_ID, j.PRODUCT_ID", params);
            String range = " e.CUSTOMER_ID BETWEEN :first AND :last";
            if (named.queryForObject("SELECT COUNT(*) FROM " + T + " e WHERE" + range + " AND e.STATUS = '" + REVOKED
                    + "'", params, Integer.class) > 0) { // most ranges have nothing to restore
                added += named.update("UPDATE " + T + " e SET STATUS = '" + ACTIVE + "', ACQUISITION = '" + PURCHASE
                        + "', ORDER_ID = " + FIRST_PAIR + ", REVOKE_REASON = NULL, REVOKED_DATE = NULL WHERE" + range
                        + " AND e.STATUS = '" + REVOKED + "' AND EXISTS (SELECT 1" + PAIR_OF_E + ")", params);
            }
            String entries = range + " AND e.ACQUISITION = '" + PURCHASE + "'";
            int revoked = named.update("UPDATE " + T + " e SET STATUS = '" + REVOKED + "', REVOKE_REASON = :reason,"
                    + " REVOKED_DATE = :when WHERE" + entries + " AND e.STATUS = '" + ACTIVE + "' AND NOT EXISTS"
                    + " (SELECT 1" + PAIR_OF_E + ")", params);
            named.update("UPDATE " + T + " e SET ORDER_ID = " + FIRST_PAIR + " WHERE" + entries + " AND e.STATUS = '"
                    + ACTIVE + "' AND EXISTS (SELECT 1" + PAIR_OF_E + ") AND NOT EXISTS (SELECT 1" + PAIR_OF_E
                    + " AND j.ORDER_ID = e.ORDER_ID)", params);
            return new int[] {added, revoked};
        } finally {
            named.update("DELETE FROM " + PAIRS + " WHERE BATCH_ID = :batch", params);
        }
    }

    static final String PAIRS = LibraryRebuildPairImpl.TABLE;
    /** The pairs of the batch for entry e's customer and item (callers add conditions). */
    static final String PAIR_OF_E = " FROM " + PAIRS + " j WHERE j.BATCH_ID = :batch AND j.CUSTOMER_ID = e.CUSTOMER_ID"
            + " AND j.PRODUCT_ID = e.PRODUCT_ID";
    static final String FIRST_PAIR = "(SELECT MIN(j.ORDER_ID)" + PAIR_OF_E + ")";
    private static final java.security.SecureRandom BATCHES = new java.security.SecureRandom();

    @Override
    public List<LibraryItem> readLibrary(long customerId) {
        return named.query(LIBRARY, yes().addValue("customer", customerId), new RowMapper<LibraryItem>() {
            @Override
            public LibraryItem mapRow(ResultSet rs, int rowNum) throws SQLException {
                LibraryItem item = new LibraryItem(rs.getLong("PRODUCT_ID"), rs.getString("NAME"),
                        packageType(rs.getString("CM_PACKAGE_TYPE")));
                rs.getLong("ENTRY_CUSTOMER");
                if (rs.wasNull()) {
                    return item.allAccess();
                }
                return item.entry(Acquisition.getInstance(rs.getString("ACQUISITION")), longOrNull(rs, "ORDER_ID"),
                        rs.getString("GIVER"), rs.getTimestamp("GRANTED_DATE"), rs.getString("GRANTED_BY"),
                        rs.getString("NOTE"))
                        .status(ACTIVE.equals(rs.getString("STATUS")), rs.getString("REVOKE_REASON"),
                                rs.getTimestamp("REVOKED_DATE"))
                        .downloads(rs.getInt("DOWNLOADS_USED"), intOrNull(rs, "DOWNLOADS_ALLOWED"),
                                rs.getTimestamp("ACCESS_EXPIRES"));
            }
        });
    }

    @Override
    public List<Long> readActiveProductIds(long customerId) {
        return named.queryForList("SELECT PRODUCT_ID FROM " + T + " WHERE CUSTOMER_ID = :customer AND STATUS = '"
                + ACTIVE + "' ORDER BY PRODUCT_ID", new MapSqlParameterSource("customer", customerId), Long.class);
    }

    @Override
    public boolean insertEntry(long customerId, long productId, String acquisition, String giver, String note,
            Date when, String by) {
        MapSqlParameterSource params = key(customerId, productId).addValue("acquisition", acquisition, Types.VARCHAR)
                .addValue("giver", giver, Types.VARCHAR).addValue("note", note, Types.VARCHAR)
                .addValue("when", when, Types.TIMESTAMP).addValue("by", by, Types.VARCHAR);
        return named.update("INSERT INTO " + T + " (CUSTOMER_ID, PRODUCT_ID, ACQUISITION, GIVER, NOTE, GRANTED_DATE,"
                + " GRANTED_BY, STATUS, DOWNLOADS_USED) SELECT :customer, :product, :acquisition, :giver, :note,"
                + " :when, :by, '" + ACTIVE + "', 0 FROM BLC_PRODUCT WHERE PRODUCT_ID = :product AND NOT EXISTS"
                + " (SELECT 1 FROM " + T + " x WHERE x.CUSTOMER_ID = :customer AND x.PRODUCT_ID = :product)",
                params) == 1;
    }

    @Override
    public int updateNote(long customerId, long productId, String note) {
        return named.update("UPDATE " + T + " SET NOTE = :note WHERE CUSTOMER_ID = :customer AND PRODUCT_ID = :product",
                key(customerId, productId).addValue("note", note));
    }

    @Override
    public int revoke(long customerId, long productId, String reason, Date when) {
        return named.update("UPDATE " + T + " SET STATUS = '" + REVOKED + "', REVOKE_REASON = :reason,"
                + " REVOKED_DATE = :when WHERE CUSTOMER_ID = :customer AND PRODUCT_ID = :product AND STATUS = '"
                + ACTIVE + "'", key(customerId, productId).addValue("reason", reason).addValue("when", when));
    }

    @Override
    public int restore(long customerId, long productId) {
        return named.update("UPDATE " + T + " SET STATUS = '" + ACTIVE + "', REVOKE_REASON = NULL,"
                + " REVOKED_DATE = NULL WHERE CUSTOMER_ID = :customer AND PRODUCT_ID = :product AND STATUS = '"
                + REVOKED + "'", key(customerId, productId));
    }

    @Override
    public boolean takeDownload(long customerId, long productId, Date now) {
        return named.update("UPDATE " + T + " SET DOWNLOADS_USED = DOWNLOADS_USED + 1 WHERE CUSTOMER_ID = :customer"
                + " AND PRODUCT_ID = :product AND STATUS = '" + ACTIVE + "' AND (DOWNLOADS_ALLOWED IS NULL"
                + " OR DOWNLOADS_USED < DOWNLOADS_ALLOWED) AND (ACCESS_EXPIRES IS NULL OR ACCESS_EXPIRES > :now)",
                key(customerId, productId).addValue("now", now, Types.TIMESTAMP)) == 1;
    }

    @Override
    public String readRefusal(long customerId, final long productId, final Date now, final boolean starting) {
        List<String> refusals = named.query("SELECT e.STATUS, e.DOWNLOADS_USED, e.DOWNLOADS_ALLOWED, e.ACCESS_EXPIRES,"
                + " c.CM_LIBRARY_ALL_ACCESS, p.CM_DIGITAL FROM BLC_CUSTOMER c JOIN BLC_PRODUCT p"
                + " ON p.PRODUCT_ID = :product LEFT JOIN " + T + " e ON e.CUSTOMER_ID = c.CUSTOMER_ID"
                + " AND e.PRODUCT_ID = p.PRODUCT_ID WHERE c.CUSTOMER_ID = :customer", key(customerId, productId),
                new RowMapper<String>() {
                    @Override
                    public String mapRow(ResultSet rs, int rowNum) throws SQLException {
                        if (rs.getBoolean("CM_LIBRARY_ALL_ACCESS") && rs.getBoolean("CM_DIGITAL")) {
                            return "";
                        }
                        String status = rs.getString("STATUS");
                        if (status == null) {
                            return "notInLibrary";
                        }
                        if (!ACTIVE.equals(status)) {
                            return "revoked";
                        }
                        Date expires = rs.getTimestamp("ACCESS_EXPIRES");
                        if (expires != null && !expires.after(now)) {
                            return "accessExpired";
                        }
                        Integer allowed = intOrNull(rs, "DOWNLOADS_ALLOWED");
                        if (starting && allowed != null && rs.getInt("DOWNLOADS_USED") >= allowed) {
                            return "limitReached";
                        }
                        return "";
                    }
                });
        String refusal = refusals.isEmpty() ? "notInLibrary" : refusals.get(0);
        return refusal.isEmpty() ? null : refusal;
    }

    private static MapSqlParameterSource key(long customerId, long productId) {
        return new MapSqlParameterSource().addValue("customer", customerId, Types.BIGINT)
                .addValue("product", productId, Types.BIGINT);
    }

    private static MapSqlParameterSource yes() {
        return new MapSqlParameterSource("yes", Boolean.TRUE);
    }

    private static MapSqlParameterSource grantParams(Grant grant) {
        // typed: PostgreSQL cannot tell the type of a bare parameter in a SELECT list
        return yes().addValue("when", grant.when, Types.TIMESTAMP).addValue("by", grant.by, Types.VARCHAR)
                .addValue("allowed", grant.downloadsAllowed, Types.INTEGER)
                .addValue("expires", grant.accessExpires, Types.TIMESTAMP);
    }

    private static DigitalPackageType packageType(String code) {
        DigitalPackageType type = DigitalPackageType.getInstance(code);
        return type == null ? DigitalPackageType.SINGLE : type;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
