package io.custmgr.stock.dao;

import io.custmgr.common.jdbc.InLists;
import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.stock.domain.StockSubscription;
import io.custmgr.stock.domain.StockSubscriptionImpl;
import io.custmgr.stock.type.StockSubscriptionState;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("cmStockSubscriptionDao")
public class StockSubscriptionDaoImpl implements StockSubscriptionDao {

    private static final String TABLE = StockSubscriptionImpl.TABLE;
    private static final String OPEN = StockSubscriptionState.OPEN.name();

    /** A subscription with its SKU's name (else the product's default SKU's) and the product's URL. */
    private static final String ROWS = "SELECT c.SUBSCRIPTION_ID, c.CUSTOMER_ID, c.EMAIL, c.SKU_ID, c.PRODUCT_ID,"
            + " COALESCE(s.NAME, d.NAME) AS PRODUCT_NAME, p.URL, c.CREATED_DATE, c.STATE, c.NOTIFIED_DATE"
            + " FROM " + TABLE + " c JOIN BLC_SKU s ON s.SKU_ID = c.SKU_ID"
            + " LEFT JOIN BLC_PRODUCT p ON p.PRODUCT_ID = c.PRODUCT_ID"
            + " LEFT JOIN BLC_SKU d ON d.SKU_ID = p.DEFAULT_SKU_ID";

    private static final RowMapper<StockSubscriptionRow> ROW = new RowMapper<StockSubscriptionRow>() {
        @Override
        public StockSubscriptionRow mapRow(ResultSet rs, int rowNum) throws SQLException {
            Number customer = (Number) rs.getObject(2);
            Number product = (Number) rs.getObject(5);
            return new StockSubscriptionRow(rs.getLong(1), customer == null ? null : customer.longValue(),
                    rs.getString(3), rs.getLong(4), product == null ? null : product.longValue(), rs.getString(6),
                    rs.getString(7), rs.getTimestamp(8), rs.getString(9), rs.getTimestamp(10));
        }
    };

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "cmSkuAvailability")
    protected SkuAvailability availability;

    @Override
    public StockSubscription create() {
        return (StockSubscription) entityConfiguration.createEntityInstance(StockSubscription.class.getName());
    }

    @Override
    public StockSubscription save(StockSubscription subscription) {
        StockSubscription saved = em.merge(subscription);
        em.flush();
        return saved;
    }

    @Override
    public StockSubscription read(Long id) {
        return id == null ? null : em.find(StockSubscriptionImpl.class, id);
    }

    @Override
    public boolean isOpen(Long skuId, String emailKey) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE SKU_ID = ? AND OPEN_KEY = ?",
                Integer.class, skuId, emailKey) > 0;
    }

    @Override
    public boolean isAvailable(Long skuId, Date now) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BLC_SKU s WHERE s.SKU_ID = ? AND " + availability.condition(),
                Integer.class, skuId, new Timestamp(now.getTime())) > 0;
    }

    @Override
    public List<StockSubscriptionRow> readForCustomer(Long customerId) {
        return jdbc.query(ROWS + " WHERE c.CUSTOMER_ID = ? ORDER BY c.CREATED_DATE DESC, c.SUBSCRIPTION_ID DESC", ROW,
                customerId);
    }

    @Override
    public List<StockSubscriptionRow> readPage(String state, int first, int max) {
        String order = " ORDER BY c.CREATED_DATE DESC, c.SUBSCRIPTION_ID DESC";
        return state == null ? RowLimits.page(jdbc, ROWS + order, ROW, first, max)
                : RowLimits.page(jdbc, ROWS + " WHERE c.STATE = ?" + order, ROW, first, max, state);
    }

    @Override
    public int cancelOpen(String emailKey) {
        return jdbc.update("UPDATE " + TABLE + " SET STATE = ?, OPEN_KEY = NULL WHERE EMAIL_KEY = ? AND STATE = ?",
                StockSubscriptionState.CANCELLED.name(), emailKey, OPEN);
    }

    @Override
    public List<StockSubscriptionRow> readDue(Date now, int max) {
        return RowLimits.limitedTo(jdbc, max).query(ROWS + " WHERE c.STATE = ? AND " + availability.condition()
                + " ORDER BY c.SUBSCRIPTION_ID", ROW, OPEN, new Timestamp(now.getTime()));
    }

    @Override
    public int markNotified(Collection<Long> ids, Date now) {
        int marked = 0;
        for (List<Long> chunk : InLists.chunks(ids)) {
            List<Object> args = new ArrayList<Object>();
            args.add(StockSubscriptionState.NOTIFIED.name());
            args.add(new Timestamp(now.getTime()));
            args.addAll(chunk);
            args.add(OPEN);
            marked += jdbc.update("UPDATE " + TABLE + " SET STATE = ?, NOTIFIED_DATE = ?, OPEN_KEY = NULL"
                    + " WHERE SUBSCRIPTION_ID IN (" + placeholders(chunk.size()) + ") AND STATE = ?", args.toArray());
        }
        return marked;
    }

    private static String placeholders(int count) {
        StringBuilder marks = new StringBuilder("?");
        for (int i = 1; i < count; i++) {
            marks.append(", ?");
        }
        return marks.toString();
    }
}
