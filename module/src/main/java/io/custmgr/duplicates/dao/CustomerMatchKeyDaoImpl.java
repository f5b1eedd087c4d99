package io.custmgr.duplicates.dao;

import io.custmgr.duplicates.domain.CustomerMatchKeyId;
import io.custmgr.duplicates.domain.CustomerMatchKeyImpl;
import io.custmgr.duplicates.dto.DuplicateCustomer;
import io.custmgr.privacy.domain.ErasureMark;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;
import javax.sql.DataSource;

@Repository("cmCustomerMatchKeyDao")
public class CustomerMatchKeyDaoImpl implements CustomerMatchKeyDao {

    static final String TABLE = CustomerMatchKeyImpl.TABLE;
    static final int FETCH_SIZE = 1000;

    /** {@code %s}: a condition on the customer id column, or TRUE for all customers. */
    static final String EMAILS = "SELECT c.CUSTOMER_ID, c.EMAIL_ADDRESS, c.CM_CONTACT_EMAIL FROM BLC_CUSTOMER c"
            + " WHERE (c.EMAIL_ADDRESS IS NOT NULL OR c.CM_CONTACT_EMAIL IS NOT NULL) AND %1$s ORDER BY c.CUSTOMER_ID";

    static final String PHONES = "SELECT c.CUSTOMER_ID, c.CM_PHONE FROM BLC_CUSTOMER c"
            + " WHERE c.CM_PHONE IS NOT NULL AND %1$s"
            + " UNION ALL SELECT ca.CUSTOMER_ID, a.PRIMARY_PHONE FROM BLC_CUSTOMER_ADDRESS ca"
            + " JOIN BLC_ADDRESS a ON a.ADDRESS_ID = ca.ADDRESS_ID WHERE a.PRIMARY_PHONE IS NOT NULL AND %2$s"
            + " UNION ALL SELECT ca.CUSTOMER_ID, p.PHONE_NUMBER FROM BLC_CUSTOMER_ADDRESS ca"
            + " JOIN BLC_ADDRESS a ON a.ADDRESS_ID = ca.ADDRESS_ID JOIN BLC_PHONE p ON p.PHONE_ID = a.PHONE_PRIMARY_ID"
            + " WHERE %2$s"
            + " UNION ALL SELECT cp.CUSTOMER_ID, p.PHONE_NUMBER FROM BLC_CUSTOMER_PHONE cp"
            + " JOIN BLC_PHONE p ON p.PHONE_ID = cp.PHONE_ID WHERE %3$s"
            + " ORDER BY 1";

    static final String NAMES_AND_ADDRESSES = "SELECT c.CUSTOMER_ID, c.FIRST_NAME, c.LAST_NAME, a.ADDRESS_LINE1,"
            + " a.POSTAL_CODE, a.COUNTRY FROM BLC_CUSTOMER c"
            + " JOIN BLC_CUSTOMER_ADDRESS ca ON ca.CUSTOMER_ID = c.CUSTOMER_ID"
            + " JOIN BLC_ADDRESS a ON a.ADDRESS_ID = ca.ADDRESS_ID"
            + " WHERE (c.FIRST_NAME IS NOT NULL OR c.LAST_NAME IS NOT NULL) AND %1$s ORDER BY c.CUSTOMER_ID";

    static final String SELF_JOIN = " FROM " + TABLE + " a JOIN " + TABLE + " b ON b.KIND = a.KIND"
            + " AND b.MATCH_KEY = a.MATCH_KEY AND b.CUSTOMER_ID > a.CUSTOMER_ID";

    protected JdbcTemplate jdbc;
    protected NamedParameterJdbcTemplate named;

    /** For Spring: the data source is {@code cmJdbcTemplate}'s. */
    public CustomerMatchKeyDaoImpl() {
    }

    /** For a data source of one's own (tests counting statements). */
    public CustomerMatchKeyDaoImpl(DataSource dataSource) {
        useDataSource(dataSource);
    }

    /**
     * Reads whole tables in pages of {@link #FETCH_SIZE} rows (PostgreSQL would otherwise hold every row in memory):
     * a template of its own on the shared template's data source, so it joins the same transactions.
     */
    @Resource(name = "cmJdbcTemplate")
    public void setJdbcTemplate(JdbcTemplate shared) {
        useDataSource(shared.getDataSource());
    }

    private void useDataSource(DataSource dataSource) {
        jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(FETCH_SIZE);
        named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Which customers take part in pairs: deactivated customers do not, nor customers merged away (also deactivated,
     * but a merchant may reactivate one by mistake), nor guests whose personal data the expiry job erased, nor erased customers (their keys,
     * made before, would show it). A host overrides this one predicate.
     *
     * @param alias the alias of {@code BLC_CUSTOMER} in the query
     * @return an SQL condition on that alias, without bind parameters
     */
    protected String eligibleCustomer(String alias) {
        return "(" + alias + ".DEACTIVATED IS NULL OR " + alias + ".DEACTIVATED = FALSE) AND " + alias
                + ".CM_GUEST_ANONYMIZED IS NULL AND " + alias + ".CM_MERGED_INTO IS NULL AND " + ErasureMark.notErased(alias);
    }

    @Override
    public int deleteAllKeys() {
        return jdbc.update("DELETE FROM " + TABLE);
    }

    @Override
    public int deleteKeysOf(Collection<Long> customerIds) {
        return named.update("DELETE FROM " + TABLE + " WHERE CUSTOMER_ID IN (:ids)",
                new MapSqlParameterSource("ids", customerIds));
    }

    @Override
    public void readEmails(Collection<Long> customerIds, SourceRowHandler handler) {
        stream(sql(EMAILS, customerIds, "c"), customerIds, 2, handler);
    }

    @Override
    public void readPhones(Collection<Long> customerIds, SourceRowHandler handler) {
        stream(sql(PHONES, customerIds, "c", "ca", "cp"), customerIds, 1, handler);
    }

    @Override
    public void readNamesAndAddresses(Collection<Long> customerIds, SourceRowHandler handler) {
        stream(sql(NAMES_AND_ADDRESSES, customerIds, "c"), customerIds, 5, handler);
    }

    @Override
    public List<Long> readCustomerIdsOfAddresses(Collection<Long> addressIds) {
        if (addressIds.isEmpty()) {
            return Collections.emptyList();
        }
        return named.queryForList("SELECT DISTINCT CUSTOMER_ID FROM BLC_CUSTOMER_ADDRESS WHERE ADDRESS_ID IN (:ids)",
                new MapSqlParameterSource("ids", addressIds), Long.class);
    }

    /** The query with each alias's customer id limited to {@code customerIds} (all customers when null). */
    private static String sql(String template, Collection<Long> customerIds, String... aliases) {
        Object[] conditions = new Object[aliases.length];
        for (int i = 0; i < aliases.length; i++) {
            conditions[i] = customerIds == null ? "1 = 1" : aliases[i] + ".CUSTOMER_ID IN (:ids)";
        }
        return String.format(template, conditions);
    }

    private void stream(String sql, Collection<Long> customerIds, final int valueColumns,
            final SourceRowHandler handler) {
        named.query(sql, new MapSqlParameterSource("ids", customerIds), new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                String[] values = new String[valueColumns];
                for (int i = 0; i < valueColumns; i++) {
                    values[i] = rs.getString(i + 2);
                }
                handler.row(rs.getLong(1), values);
            }
        });
    }

    @Override
    public void insertKeys(final List<CustomerMatchKeyId> keys) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO " + TABLE + " (CUSTOMER_ID, KIND, MATCH_KEY) VALUES (?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        CustomerMatchKeyId key = keys.get(i);
                        ps.setLong(1, key.getCustomerId());
                        ps.setString(2, key.getKind());
                        ps.setString(3, key.getMatchKey());
                    }

                    @Override
                    public int getBatchSize() {
                        return keys.size();
                    }
                });
    }

    @Override
    public int deleteCommonKeys(int maxCustomers) {
        return jdbc.update("DELETE FROM " + TABLE + " WHERE (KIND, MATCH_KEY) IN (SELECT KIND, MATCH_KEY FROM " + TABLE
                + " GROUP BY KIND, MATCH_KEY HAVING COUNT(*) > ?)", maxCustomers);
    }

    private String eligiblePairs(String kind) {
        return SELF_JOIN + " JOIN BLC_CUSTOMER ca ON ca.CUSTOMER_ID = a.CUSTOMER_ID"
                + " JOIN BLC_CUSTOMER cb ON cb.CUSTOMER_ID = b.CUSTOMER_ID"
                + " WHERE " + eligibleCustomer("ca") + " AND " + eligibleCustomer("cb")
                + (kind == null ? "" : " AND a.KIND = :kind");
    }

    @Override
    public long countPairs(String kind) {
        Long count = named.queryForObject("SELECT COUNT(*) FROM (SELECT DISTINCT a.CUSTOMER_ID AS LOW_ID,"
                + " b.CUSTOMER_ID AS HIGH_ID" + eligiblePairs(kind) + ") p",
                new MapSqlParameterSource("kind", kind), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<CustomerPairRow> readPairs(String kind, int first, int max) {
        MapSqlParameterSource params = new MapSqlParameterSource("kind", kind).addValue("first", first)
                .addValue("max", max);
        return named.query("SELECT a.CUSTOMER_ID AS LOW_ID, b.CUSTOMER_ID AS HIGH_ID" + eligiblePairs(kind)
                + " GROUP BY a.CUSTOMER_ID, b.CUSTOMER_ID ORDER BY b.CUSTOMER_ID DESC, a.CUSTOMER_ID DESC"
                + " LIMIT :max OFFSET :first", params, new RowMapper<CustomerPairRow>() {
                    @Override
                    public CustomerPairRow mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new CustomerPairRow(rs.getLong(1), rs.getLong(2));
                    }
                });
    }

    @Override
    public List<SharedKeyRow> readSharedKeys(Collection<CustomerPairRow> pairs) {
        if (pairs.isEmpty()) {
            return Collections.emptyList();
        }
        Set<Long> lows = new LinkedHashSet<Long>();
        Set<Long> highs = new LinkedHashSet<Long>();
        for (CustomerPairRow pair : pairs) {
            lows.add(pair.getLowId());
            highs.add(pair.getHighId());
        }
        final Set<CustomerPairRow> wanted = new LinkedHashSet<CustomerPairRow>(pairs);
        final List<SharedKeyRow> shared = new ArrayList<SharedKeyRow>();
        // The IN lists also match cross combinations of the page's ids; only the page's own pairs are kept.
        named.query("SELECT a.CUSTOMER_ID, b.CUSTOMER_ID, a.KIND, a.MATCH_KEY" + SELF_JOIN
                + " WHERE a.CUSTOMER_ID IN (:lows) AND b.CUSTOMER_ID IN (:highs) ORDER BY a.KIND, a.MATCH_KEY",
                new MapSqlParameterSource("lows", lows).addValue("highs", highs), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        CustomerPairRow pair = new CustomerPairRow(rs.getLong(1), rs.getLong(2));
                        if (wanted.contains(pair)) {
                            shared.add(new SharedKeyRow(pair, rs.getString(3), rs.getString(4)));
                        }
                    }
                });
        return shared;
    }

    @Override
    public List<DuplicateCustomer> readCustomers(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Collections.emptyList();
        }
        return named.query("SELECT c.CUSTOMER_ID, c.FIRST_NAME, c.LAST_NAME, c.EMAIL_ADDRESS, c.CM_CONTACT_EMAIL,"
                + " c.CM_IS_GUEST, c.IS_REGISTERED, c.DATE_CREATED FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID IN (:ids)",
                new MapSqlParameterSource("ids", customerIds), new RowMapper<DuplicateCustomer>() {
                    @Override
                    public DuplicateCustomer mapRow(ResultSet rs, int rowNum) throws SQLException {
                        boolean guest = rs.getBoolean(6);
                        String contact = rs.getString(5);
                        String email = guest && contact != null ? contact : rs.getString(4);
                        return new DuplicateCustomer(rs.getLong(1), rs.getString(2), rs.getString(3), email, guest,
                                rs.getBoolean(7), rs.getTimestamp(8));
                    }
                });
    }
}
