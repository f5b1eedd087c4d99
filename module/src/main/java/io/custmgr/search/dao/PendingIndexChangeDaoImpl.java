package io.custmgr.search.dao;

import io.custmgr.common.jdbc.IdBlockAllocator;
import io.custmgr.common.jdbc.InLists;
import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.search.domain.PendingIndexChangeImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;

/** JDBC on {@code cmJdbcTemplate}; ids from the {@code SEQUENCE_GENERATOR} segment of the entity. */
@Repository("cmPendingIndexChangeDao")
public class PendingIndexChangeDaoImpl implements PendingIndexChangeDao {

    static final String TABLE = PendingIndexChangeImpl.TABLE;

    private JdbcTemplate jdbc;
    private NamedParameterJdbcTemplate named;
    private IdBlockAllocator ids;

    @Resource(name = "cmNamedJdbcTemplate")
    public void setNamedJdbcTemplate(NamedParameterJdbcTemplate named) {
        this.named = named;
        this.jdbc = (JdbcTemplate) named.getJdbcOperations();
        this.ids = new IdBlockAllocator(jdbc, PendingIndexChangeImpl.ID_SEGMENT, PendingIndexChangeImpl.ID_INCREMENT);
    }

    @Override
    public void insert(Collection<Long> customerIds) {
        Set<Long> distinct = new LinkedHashSet<Long>(customerIds);
        if (distinct.isEmpty()) {
            return;
        }
        long next = ids.allocate(distinct.size());
        Timestamp now = new Timestamp(System.currentTimeMillis());
        List<Object[]> rows = new ArrayList<Object[]>(distinct.size());
        for (Long customerId : distinct) {
            rows.add(new Object[] {next++, customerId, now});
        }
        jdbc.batchUpdate("INSERT INTO " + TABLE + " (PENDING_ID, CUSTOMER_ID, QUEUED_AT) VALUES (?, ?, ?)", rows);
    }

    @Override
    public List<PendingRow> readOldest(int limit) {
        return RowLimits.limitedTo(jdbc, limit).query("SELECT PENDING_ID, CUSTOMER_ID FROM " + TABLE
                + " ORDER BY PENDING_ID", new RowMapper<PendingRow>() {
                    @Override
                    public PendingRow mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new PendingRow(rs.getLong(1), rs.getLong(2));
                    }
                });
    }

    @Override
    public void delete(Collection<Long> pendingIds) {
        for (List<Long> chunk : InLists.chunks(pendingIds)) {
            named.update("DELETE FROM " + TABLE + " WHERE PENDING_ID IN (:ids)", new MapSqlParameterSource("ids",
                    chunk));
        }
    }

    @Override
    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE, Long.class);
        return count == null ? 0L : count;
    }

    @Override
    public Date oldestQueuedAt() {
        return jdbc.queryForObject("SELECT MIN(QUEUED_AT) FROM " + TABLE, Timestamp.class);
    }

    @Override
    public Set<Long> customersOfAddresses(Collection<Long> addressIds) {
        return customers("SELECT CUSTOMER_ID FROM BLC_CUSTOMER_ADDRESS WHERE ADDRESS_ID IN (:ids)", addressIds);
    }

    @Override
    public Set<Long> customersOfPhones(Collection<Long> phoneIds) {
        return customers("SELECT CUSTOMER_ID FROM BLC_CUSTOMER_PHONE WHERE PHONE_ID IN (:ids)"
                + " UNION SELECT ca.CUSTOMER_ID FROM BLC_CUSTOMER_ADDRESS ca JOIN BLC_ADDRESS a"
                + " ON a.ADDRESS_ID = ca.ADDRESS_ID WHERE a.PHONE_PRIMARY_ID IN (:ids)", phoneIds);
    }

    @Override
    public Set<Long> membersOfGroups(Collection<Long> groupIds) {
        return customers("SELECT CUSTOMER_ID FROM CM_CUSTOMER_GROUP_MEMBER WHERE CUSTOMER_GROUP_ID IN (:ids)",
                groupIds);
    }

    private Set<Long> customers(String sql, Collection<Long> keys) {
        Set<Long> customers = new LinkedHashSet<Long>();
        for (List<Long> chunk : InLists.chunks(keys)) {
            customers.addAll(named.queryForList(sql, new MapSqlParameterSource("ids", chunk), Long.class));
        }
        return customers;
    }
}
