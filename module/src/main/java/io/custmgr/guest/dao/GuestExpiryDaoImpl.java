package io.custmgr.guest.dao;

import io.custmgr.common.jdbc.PostgresJit;
import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.customer.account.dao.CustomerPersonalRows;
import io.custmgr.customer.orders.type.OrderKinds;
import io.custmgr.privacy.dao.PersonalData;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Date;

import javax.annotation.Resource;

/**
 * Plain JDBC on blPU's data source: the job touches up to a million rows, which Hibernate would load one by one. The
 * "open order" and "last completion" rules are SQL predicates correlated on {@code BLC_CUSTOMER c}, so each window is
 * a handful of statements whatever its size.
 */
@Repository("cmGuestExpiryDao")
public class GuestExpiryDaoImpl implements GuestExpiryDao {

    static final String WINDOW = "c.CUSTOMER_ID > :after AND c.CUSTOMER_ID <= :last";

    /** A guest flag on a registered account (a guest who registered) never makes it expire. */
    static final String LIVE_GUEST = WINDOW + " AND c.CM_IS_GUEST = :guest AND c.CM_GUEST_ANONYMIZED IS NULL"
            + " AND c.IS_REGISTERED = :registered";

    /**
     * A cart with items ({@link OrderKinds}: a CSR's included), or a submitted order with a fulfillment group not (yet)
     * in one of the complete statuses. Empty carts, wish lists and quotes keep nobody.
     */
    static final String OPEN_ORDER = "EXISTS (SELECT 1 FROM BLC_ORDER o WHERE o.CUSTOMER_ID = c.CUSTOMER_ID AND ("
            + "(" + OrderKinds.cartCondition("o") + " AND EXISTS (SELECT 1 FROM BLC_ORDER_ITEM i WHERE i.ORDER_ID = o.ORDER_ID))"
            + " OR " + OrderKinds.unfinishedCondition("o") + "))";

    /**
     * When the guest's last order was completed (submitted and fulfilled, or cancelled): its last change; a guest
     * without such an order counts from its own creation. Only used together with NOT OPEN_ORDER, so every submitted
     * order here is a complete one.
     */
    static final String LAST_COMPLETION = "COALESCE((SELECT MAX(COALESCE(o.DATE_UPDATED, o.SUBMIT_DATE, o.DATE_CREATED))"
            + " FROM BLC_ORDER o WHERE o.CUSTOMER_ID = c.CUSTOMER_ID AND o.ORDER_STATUS IN (:submitted, :cancelled)),"
            + " c.DATE_CREATED)";

    /**
     * Personal data in BLC_CUSTOMER ({@link PersonalData}, the erasure's definition too); a guest's generated login
     * is no one's, so it goes as well rather than becoming a placeholder.
     */
    static final String ERASE = "EMAIL_ADDRESS = NULL, USER_NAME = NULL, " + PersonalData.CUSTOMER_BLANKS
            + ", CM_GUEST_ANONYMIZED = :now, DATE_UPDATED = :now";

    /** The guests this run anonymized in the window (the stamp is this run's start time). */
    static final String STAMPED = "SELECT c.CUSTOMER_ID FROM BLC_CUSTOMER c WHERE " + WINDOW
            + " AND c.CM_IS_GUEST = :guest AND c.CM_GUEST_ANONYMIZED = :now";

    @Resource(name = "cmCustomerPersonalRows")
    protected CustomerPersonalRows personalRows;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;
    protected final PostgresJit jit = new PostgresJit();

    @Override
    public void prepareWindowTransaction() {
        jit.offForTransaction(jdbc); // ends with the window's transaction
    }

    @Override
    public GuestIdWindow readNextWindow(final long afterId, int max) {
        JdbcTemplate limited = RowLimits.limitedTo(jdbc, max);
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
        personalRows.deletePersonalRows(STAMPED, stamped(window, anonymizedAt));
    }

    private static MapSqlParameterSource stamped(GuestIdWindow window, Date anonymizedAt) {
        return new MapSqlParameterSource("after", window.getAfterId())
                .addValue("last", window.getLastId())
                .addValue("guest", Boolean.TRUE)
                .addValue("now", new Timestamp(anonymizedAt.getTime()));
    }

    private static MapSqlParameterSource params(GuestIdWindow window, Collection<String> completeFulfillmentStatuses) {
        return new MapSqlParameterSource("after", window.getAfterId())
                .addValue("last", window.getLastId())
                .addValue("guest", Boolean.TRUE)
                .addValue("registered", Boolean.FALSE)
                .addValue("submitted", OrderStatus.SUBMITTED.getType())
                .addValue("cancelled", OrderStatus.CANCELLED.getType())
                .addValue("complete", completeFulfillmentStatuses);
    }

    @Override
    public java.util.List<Long> readAnonymized(GuestIdWindow window, Date anonymizedAt) {
        return named.queryForList(STAMPED, stamped(window, anonymizedAt), Long.class);
    }
}
