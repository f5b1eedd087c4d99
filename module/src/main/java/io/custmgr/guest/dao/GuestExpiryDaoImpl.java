package io.custmgr.guest.dao;

import io.custmgr.guest.domain.GuestClaimImpl;
import io.custmgr.guest.domain.GuestKeyImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Repository;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Plain JDBC on blPU's data source: the job touches up to a million rows, which Hibernate would load one by one. The
 * "open order" and "last completion" rules are SQL predicates correlated on {@code BLC_CUSTOMER c}, so each window is
 * a handful of statements whatever its size.
 */
@Repository("cmGuestExpiryDao")
public class GuestExpiryDaoImpl implements GuestExpiryDao {

    /** Rows of an IN list; stays well below every database's parameter limit. */
    static final int IN_CHUNK = 500;

    static final String WINDOW = "c.CUSTOMER_ID > :after AND c.CUSTOMER_ID <= :last";

    /** A guest flag on a registered account (a guest who registered) never makes it expire. */
    static final String LIVE_GUEST = WINDOW + " AND c.CM_IS_GUEST = :guest AND c.CM_GUEST_ANONYMIZED IS NULL"
            + " AND c.IS_REGISTERED = :registered";

    /**
     * A cart with items (IN_PROCESS, or taken over by a CSR), or a submitted order with a fulfillment group not (yet)
     * in one of the complete statuses. Empty carts, wish lists and quotes keep nobody.
     */
    static final String OPEN_ORDER = "EXISTS (SELECT 1 FROM BLC_ORDER o WHERE o.CUSTOMER_ID = c.CUSTOMER_ID AND ("
            + "(o.ORDER_STATUS IN (:cartStatuses) AND EXISTS (SELECT 1 FROM BLC_ORDER_ITEM i WHERE i.ORDER_ID = o.ORDER_ID))"
            + " OR (o.ORDER_STATUS = :submitted AND EXISTS (SELECT 1 FROM BLC_FULFILLMENT_GROUP f"
            + " WHERE f.ORDER_ID = o.ORDER_ID AND (f.STATUS IS NULL OR f.STATUS NOT IN (:complete))))))";

    /**
     * When the guest's last order was completed (submitted and fulfilled, or cancelled): its last change; a guest
     * without such an order counts from its own creation. Only used together with NOT OPEN_ORDER, so every submitted
     * order here is a complete one.
     */
    static final String LAST_COMPLETION = "COALESCE((SELECT MAX(COALESCE(o.DATE_UPDATED, o.SUBMIT_DATE, o.DATE_CREATED))"
            + " FROM BLC_ORDER o WHERE o.CUSTOMER_ID = c.CUSTOMER_ID AND o.ORDER_STATUS IN (:submitted, :cancelled)),"
            + " c.DATE_CREATED)";

    /** Personal data in BLC_CUSTOMER: Broadleaf's own columns, the profile's and the guest profile's. */
    static final String ERASE = "FIRST_NAME = NULL, LAST_NAME = NULL, EMAIL_ADDRESS = NULL, USER_NAME = NULL,"
            + " PASSWORD = NULL, CHALLENGE_QUESTION_ID = NULL, CHALLENGE_ANSWER = NULL, TAX_EXEMPTION_CODE = NULL,"
            + " CM_CONTACT_EMAIL = NULL, CM_PHONE = NULL, CM_COMPANY = NULL,"
            + " CM_DATE_OF_BIRTH = NULL, CM_GENDER = NULL, CM_ADMIN_COMMENT = NULL,"
            + " CM_GUEST_ANONYMIZED = :now, DATE_UPDATED = :now";

    /** The guests this run anonymized in the window (the stamp is this run's start time). */
    static final String STAMPED = "SELECT c.CUSTOMER_ID FROM BLC_CUSTOMER c WHERE " + WINDOW
            + " AND c.CM_IS_GUEST = :guest AND c.CM_GUEST_ANONYMIZED = :now";

    /** Tables that hold a reference to BLC_ADDRESS besides the customer's own (orders keep their copies). */
    static final String ADDRESS_UNUSED = " AND NOT EXISTS (SELECT 1 FROM BLC_CUSTOMER_ADDRESS x WHERE x.ADDRESS_ID = BLC_ADDRESS.ADDRESS_ID)"
            + " AND NOT EXISTS (SELECT 1 FROM BLC_CUSTOMER_PAYMENT x WHERE x.ADDRESS_ID = BLC_ADDRESS.ADDRESS_ID)"
            + " AND NOT EXISTS (SELECT 1 FROM BLC_FULFILLMENT_GROUP x WHERE x.ADDRESS_ID = BLC_ADDRESS.ADDRESS_ID)"
            + " AND NOT EXISTS (SELECT 1 FROM BLC_ORDER_PAYMENT x WHERE x.ADDRESS_ID = BLC_ADDRESS.ADDRESS_ID)"
            + " AND NOT EXISTS (SELECT 1 FROM BLC_ORDER_MULTISHIP_OPTION x WHERE x.ADDRESS_ID = BLC_ADDRESS.ADDRESS_ID)";

    static final String PHONE_UNUSED = " AND NOT EXISTS (SELECT 1 FROM BLC_CUSTOMER_PHONE x WHERE x.PHONE_ID = BLC_PHONE.PHONE_ID)"
            + " AND NOT EXISTS (SELECT 1 FROM BLC_FULFILLMENT_GROUP x WHERE x.PHONE_ID = BLC_PHONE.PHONE_ID)"
            + " AND NOT EXISTS (SELECT 1 FROM BLC_ADDRESS x WHERE x.PHONE_PRIMARY_ID = BLC_PHONE.PHONE_ID"
            + " OR x.PHONE_SECONDARY_ID = BLC_PHONE.PHONE_ID OR x.PHONE_FAX_ID = BLC_PHONE.PHONE_ID)";

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    protected JdbcTemplate jdbc;
    protected NamedParameterJdbcTemplate named;
    /** PostgreSQL 11 or later (has the jit setting); read lazily from the first connection. */
    protected volatile Boolean postgresWithJit;

    @PostConstruct
    public void init() {
        jdbc = new JdbcTemplate(transactionManager.getDataSource());
        named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public void prepareWindowTransaction() {
        if (postgresWithJit == null) {
            postgresWithJit = jdbc.execute(new ConnectionCallback<Boolean>() {
                @Override
                public Boolean doInConnection(Connection connection) throws SQLException {
                    DatabaseMetaData meta = connection.getMetaData();
                    return "PostgreSQL".equalsIgnoreCase(meta.getDatabaseProductName())
                            && meta.getDatabaseMajorVersion() >= 11;
                }
            });
        }
        if (postgresWithJit) {
            jdbc.execute("SET LOCAL jit = off"); // ends with the window's transaction
        }
    }

    @Override
    public GuestIdWindow readNextWindow(final long afterId, int max) {
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setMaxRows(max);
        limited.setFetchSize(Math.min(max, 1000));
        final long[] lastAndCount = {afterId, 0};
        // Streams the ids and keeps only the last one: the window is (afterId, lastId].
        limited.query("SELECT c.CUSTOMER_ID FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID > ? AND c.CM_IS_GUEST = ?"
                + " AND c.CM_GUEST_ANONYMIZED IS NULL AND c.IS_REGISTERED = ? ORDER BY c.CUSTOMER_ID",
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        lastAndCount[0] = rs.getLong(1);
                        lastAndCount[1]++;
                    }
                }, afterId, Boolean.TRUE, Boolean.FALSE);
        return lastAndCount[1] == 0 ? null : new GuestIdWindow(afterId, lastAndCount[0], (int) lastAndCount[1]);
    }

    @Override
    public int countKeptForOpenOrders(GuestIdWindow window, Collection<String> completeFulfillmentStatuses) {
        return named.queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER c WHERE " + LIVE_GUEST + " AND " + OPEN_ORDER,
                params(window, completeFulfillmentStatuses), Integer.class);
    }

    @Override
    public int anonymize(GuestIdWindow window, Collection<String> completeFulfillmentStatuses, Date completedBefore,
            Date now) {
        MapSqlParameterSource params = params(window, completeFulfillmentStatuses)
                .addValue("now", new Timestamp(now.getTime()))
                .addValue("before", new Timestamp(completedBefore.getTime()));
        return named.update("UPDATE BLC_CUSTOMER c SET " + ERASE + " WHERE " + LIVE_GUEST + " AND NOT " + OPEN_ORDER
                + " AND " + LAST_COMPLETION + " < :before", params);
    }

    @Override
    public void deletePersonalRecords(GuestIdWindow window, Date anonymizedAt) {
        MapSqlParameterSource params = new MapSqlParameterSource("after", window.getAfterId())
                .addValue("last", window.getLastId())
                .addValue("guest", Boolean.TRUE)
                .addValue("now", new Timestamp(anonymizedAt.getTime()));
        String stamped = " WHERE CUSTOMER_ID IN (" + STAMPED + ")";

        // Ids first: once the customer's rows are gone nothing says which addresses and phones were theirs.
        Set<Long> addressIds = new LinkedHashSet<Long>(named.queryForList("SELECT ADDRESS_ID FROM BLC_CUSTOMER_ADDRESS"
                + stamped + " UNION SELECT ADDRESS_ID FROM BLC_CUSTOMER_PAYMENT" + stamped, params, Long.class));
        Set<Long> phoneIds = new LinkedHashSet<Long>(named.queryForList("SELECT PHONE_ID FROM BLC_CUSTOMER_PHONE"
                + stamped, params, Long.class));
        for (List<Long> chunk : chunks(addressIds)) {
            named.query("SELECT PHONE_PRIMARY_ID, PHONE_SECONDARY_ID, PHONE_FAX_ID FROM BLC_ADDRESS"
                    + " WHERE ADDRESS_ID IN (:ids)", new MapSqlParameterSource("ids", chunk), new PhoneIdCollector(phoneIds));
        }

        named.update("DELETE FROM BLC_CUSTOMER_PAYMENT_FIELDS WHERE CUSTOMER_PAYMENT_ID IN"
                + " (SELECT CUSTOMER_PAYMENT_ID FROM BLC_CUSTOMER_PAYMENT" + stamped + ")", params);
        for (String table : new String[] {"BLC_CUSTOMER_PAYMENT", "BLC_CUSTOMER_ADDRESS", "BLC_CUSTOMER_PHONE",
                "BLC_CUSTOMER_ATTRIBUTE", "CM_PAGE_VIEW", "CM_ACTIVITY_EVENT", GuestKeyImpl.TABLE}) {
            named.update("DELETE FROM " + table + stamped, params);
        }
        named.update("DELETE FROM " + GuestClaimImpl.TABLE + " WHERE GUEST_ID IN (" + STAMPED + ")", params);
        for (List<Long> chunk : chunks(addressIds)) {
            named.update("DELETE FROM BLC_ADDRESS WHERE ADDRESS_ID IN (:ids)" + ADDRESS_UNUSED,
                    new MapSqlParameterSource("ids", chunk));
        }
        for (List<Long> chunk : chunks(phoneIds)) {
            named.update("DELETE FROM BLC_PHONE WHERE PHONE_ID IN (:ids)" + PHONE_UNUSED,
                    new MapSqlParameterSource("ids", chunk));
        }
    }

    private static MapSqlParameterSource params(GuestIdWindow window, Collection<String> completeFulfillmentStatuses) {
        List<String> cartStatuses = new ArrayList<String>();
        cartStatuses.add(OrderStatus.IN_PROCESS.getType());
        cartStatuses.add(OrderStatus.CSR_OWNED.getType());
        return new MapSqlParameterSource("after", window.getAfterId())
                .addValue("last", window.getLastId())
                .addValue("guest", Boolean.TRUE)
                .addValue("registered", Boolean.FALSE)
                .addValue("cartStatuses", cartStatuses)
                .addValue("submitted", OrderStatus.SUBMITTED.getType())
                .addValue("cancelled", OrderStatus.CANCELLED.getType())
                .addValue("complete", completeFulfillmentStatuses);
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<List<Long>> chunks = new ArrayList<List<Long>>();
        List<Long> current = null;
        for (Long id : ids) {
            if (current == null || current.size() == IN_CHUNK) {
                current = new ArrayList<Long>(IN_CHUNK);
                chunks.add(current);
            }
            current.add(id);
        }
        return chunks;
    }

    private static final class PhoneIdCollector implements RowCallbackHandler {

        private final Set<Long> phoneIds;

        PhoneIdCollector(Set<Long> phoneIds) {
            this.phoneIds = phoneIds;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            for (int column = 1; column <= 3; column++) {
                long id = rs.getLong(column);
                if (!rs.wasNull()) {
                    phoneIds.add(id);
                }
            }
        }
    }
}
