package io.custmgr.activity.dao;
import io.custmgr.activity.domain.ActivityEvent;
import io.custmgr.activity.domain.ActivityEventImpl;
import io.custmgr.activity.domain.ActivityEventTypeSettingImpl;
import io.custmgr.activity.service.ActivityEventDraft;
import io.custmgr.common.jdbc.IdBlockAllocator;
import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.customer.account.dao.LoginKeys;
import io.custmgr.customer.account.domain.LoginKeyImpl;
import io.custmgr.customer.orders.type.OrderKinds;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Writes go through plain JDBC on blPU's data source (batches off the request thread, see
 * {@code ActivityEventBatchWriter}); reads of the log go through JPA.
 */
@Repository("cmActivityEventDao")
public class ActivityEventDaoImpl implements ActivityEventDao {

    private static final String INSERT = "INSERT INTO " + ActivityEventImpl.TABLE + " (ACTIVITY_EVENT_ID, "
            + "CUSTOMER_ID, EVENT_TYPE, EVENT_TIME, IP_ADDRESS, DETAIL, REFERENCE_ID, ASSISTED_BY) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    protected IdBlockAllocator ids;

    @PostConstruct
    public void init() {
        ids = new IdBlockAllocator(jdbc, ActivityEventImpl.ID_SEGMENT, ActivityEventImpl.ID_INCREMENT);
    }

    @Override
    public long allocateIds(int count) {
        return ids.allocate(count);
    }

    @Override
    public void insert(final long firstId, final List<ActivityEventDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                ActivityEventDraft draft = drafts.get(i);
                ps.setLong(1, firstId + i);
                ps.setLong(2, draft.getCustomerId());
                ps.setString(3, draft.getType().getType());
                ps.setTimestamp(4, new Timestamp(draft.getTime().getTime()));
                ps.setString(5, cut(draft.getIpAddress(), 45));
                ps.setString(6, cut(draft.getDetail(), ActivityEventImpl.DETAIL_LENGTH));
                if (draft.getReferenceId() == null) {
                    ps.setNull(7, Types.BIGINT);
                } else {
                    ps.setLong(7, draft.getReferenceId());
                }
                ps.setString(8, cut(draft.getAssistedBy(), ActivityEventImpl.ASSISTED_BY_LENGTH));
            }

            @Override
            public int getBatchSize() {
                return drafts.size();
            }
        });
    }

    @Override
    public Set<String> readDisabledTypeCodes() {
        return new HashSet<String>(jdbc.queryForList("SELECT TYPE_CODE FROM " + ActivityEventTypeSettingImpl.TABLE
                + " WHERE IS_ENABLED = ?", String.class, Boolean.FALSE));
    }

    @Override
    public Map<Long, Long> readAddressOwners(Collection<Long> addressIds) {
        final Map<Long, Long> owners = new HashMap<Long, Long>();
        if (addressIds.isEmpty()) {
            return owners;
        }
        named.query("SELECT ADDRESS_ID, CUSTOMER_ID FROM BLC_CUSTOMER_ADDRESS WHERE ADDRESS_ID IN (:ids)",
                new MapSqlParameterSource("ids", addressIds), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        owners.put(rs.getLong(1), rs.getLong(2));
                    }
                });
        return owners;
    }

    @Override
    public Map<String, Long> readCustomerIdsByUsername(Collection<String> usernames) {
        final Map<String, Long> byKey = new HashMap<String, Long>();
        Set<String> keys = new HashSet<String>();
        for (String username : usernames) {
            String key = LoginKeys.key(username);
            if (key != null) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            return byKey;
        }
        // the account a typed name signs in as, whatever its case
        named.query("SELECT LOGIN_KEY, CUSTOMER_ID FROM " + LoginKeyImpl.TABLE
                + " WHERE LOGIN_KEY IN (:keys) AND CUSTOMER_ID IS NOT NULL",
                new MapSqlParameterSource("keys", keys), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        byKey.put(rs.getString(1), rs.getLong(2));
                    }
                });
        Map<String, Long> customers = new HashMap<String, Long>();
        for (String username : usernames) {
            Long customerId = byKey.get(LoginKeys.key(username));
            if (customerId != null) {
                customers.put(username, customerId);
            }
        }
        return customers;
    }

    @Override
    public List<ActivityEvent> readEvents(Long customerId, int firstResult, int maxResults) {
        return em.createQuery("SELECT e FROM " + ActivityEventImpl.class.getName() + " e WHERE e.customerId = :id "
                + "ORDER BY e.eventTime DESC, e.id DESC", ActivityEvent.class)
                .setParameter("id", customerId)
                .setFirstResult(firstResult)
                .setMaxResults(maxResults)
                .getResultList();
    }

    @Override
    public long countEvents(Long customerId) {
        return em.createQuery("SELECT COUNT(e) FROM " + ActivityEventImpl.class.getName()
                + " e WHERE e.customerId = :id", Long.class).setParameter("id", customerId).getSingleResult();
    }

    @Override
    public List<AbandonedCart> readNewlyAbandonedCarts(Date changedBefore, long afterOrderId, int max) {
        JdbcTemplate limited = RowLimits.limitedTo(jdbc, max);
        return limited.query("SELECT o.ORDER_ID, o.CUSTOMER_ID, o.DATE_UPDATED, "
                + "(SELECT COUNT(*) FROM BLC_ORDER_ITEM i WHERE i.ORDER_ID = o.ORDER_ID) "
                + "FROM BLC_ORDER o JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = o.CUSTOMER_ID "
                + "WHERE " + OrderKinds.cartCondition("o") + " AND c.IS_REGISTERED = ? AND o.DATE_UPDATED < ? AND o.ORDER_ID > ? "
                + "AND EXISTS (SELECT 1 FROM BLC_ORDER_ITEM i WHERE i.ORDER_ID = o.ORDER_ID) "
                + "AND NOT EXISTS (SELECT 1 FROM " + ActivityEventImpl.TABLE + " e "
                + "WHERE e.EVENT_TYPE = 'CART_ABANDONED' AND e.REFERENCE_ID = o.ORDER_ID) "
                + "ORDER BY o.ORDER_ID",
                new RowMapper<AbandonedCart>() {
                    @Override
                    public AbandonedCart mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new AbandonedCart(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3), rs.getInt(4));
                    }
                }, Boolean.TRUE, new Timestamp(changedBefore.getTime()),
                afterOrderId);
    }

    @Override
    public int reassignCustomer(Long fromCustomerId, Long toCustomerId) {
        return jdbc.update("UPDATE " + ActivityEventImpl.TABLE + " SET CUSTOMER_ID = ? WHERE CUSTOMER_ID = ?",
                toCustomerId, fromCustomerId);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
