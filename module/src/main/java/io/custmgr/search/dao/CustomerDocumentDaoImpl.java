package io.custmgr.search.dao;

import io.custmgr.common.jdbc.AddressIdBounds;
import io.custmgr.common.jdbc.IdScope;
import io.custmgr.common.jdbc.PostgresCheck;
import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.search.index.CustomerFields;
import io.custmgr.privacy.domain.ErasureMark;
import org.apache.solr.common.SolrInputDocument;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

/**
 * One statement per table group and {@link IdScope} (customers, phones, addresses, groups, IPs, activity, orders,
 * products), each row added to its customer's document; {@link CustomerDocumentRows} turns columns into fields. The
 * rebuild's batches (ascending ids) are one id range each; the outbox's batches usually IN lists.
 */
@Repository("cmCustomerDocumentDao")
public class CustomerDocumentDaoImpl implements CustomerDocumentDao {

    static final String CUSTOMERS = "SELECT c.CUSTOMER_ID, c.EMAIL_ADDRESS, c.CM_CONTACT_EMAIL, c.USER_NAME,"
            + " c.FIRST_NAME, c.LAST_NAME, c.CM_COMPANY, c.CM_PHONE, c.CM_FAX, c.CM_REGISTRATION_IP,"
            + " c.CM_DATE_OF_BIRTH, c.DATE_CREATED, c.CM_ACTIVITY_STATUS, c.CM_IS_GUEST, c.DEACTIVATED,"
            + " c.CM_MERGED_INTO, c.CM_LIBRARY_ALL_ACCESS, c.CM_MEMBER_DIRECTORY, c.CM_NEWSLETTER_OPT_IN,"
            + " c.CM_TAX_EXEMPT FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID IN (:ids) AND " + ErasureMark.notErased("c");

    static final String PHONES = "SELECT cp.CUSTOMER_ID, p.PHONE_NUMBER FROM BLC_CUSTOMER_PHONE cp"
            + " JOIN BLC_PHONE p ON p.PHONE_ID = cp.PHONE_ID WHERE cp.CUSTOMER_ID IN (:ids)"
            + " UNION ALL SELECT ca.CUSTOMER_ID, p.PHONE_NUMBER FROM BLC_CUSTOMER_ADDRESS ca"
            + " JOIN BLC_ADDRESS a ON a.ADDRESS_ID = ca.ADDRESS_ID JOIN BLC_PHONE p ON p.PHONE_ID = a.PHONE_PRIMARY_ID"
            + " WHERE ca.CUSTOMER_ID IN (:ids) AND " + AddressIdBounds.condition("a.ADDRESS_ID")
            + " UNION ALL SELECT ca.CUSTOMER_ID, a.PRIMARY_PHONE FROM BLC_CUSTOMER_ADDRESS ca"
            + " JOIN BLC_ADDRESS a ON a.ADDRESS_ID = ca.ADDRESS_ID WHERE ca.CUSTOMER_ID IN (:ids)"
            + " AND a.PRIMARY_PHONE IS NOT NULL AND " + AddressIdBounds.condition("a.ADDRESS_ID");

    static final String ADDRESSES = "SELECT ca.CUSTOMER_ID, a.POSTAL_CODE, a.CITY, a.COUNTRY, a.COMPANY_NAME"
            + " FROM BLC_CUSTOMER_ADDRESS ca JOIN BLC_ADDRESS a ON a.ADDRESS_ID = ca.ADDRESS_ID"
            + " WHERE ca.CUSTOMER_ID IN (:ids) AND " + AddressIdBounds.condition("a.ADDRESS_ID");

    static final String GROUPS = "SELECT m.CUSTOMER_ID, g.CUSTOMER_GROUP_ID, g.NAME FROM CM_CUSTOMER_GROUP_MEMBER m"
            + " JOIN CM_CUSTOMER_GROUP g ON g.CUSTOMER_GROUP_ID = m.CUSTOMER_GROUP_ID WHERE m.CUSTOMER_ID IN (:ids)";

    static final String IPS = "SELECT DISTINCT v.CUSTOMER_ID, v.IP_ADDRESS FROM CM_PAGE_VIEW v"
            + " WHERE v.CUSTOMER_ID IN (:ids) AND v.IP_ADDRESS IS NOT NULL"
            + " UNION SELECT e.CUSTOMER_ID, e.IP_ADDRESS FROM CM_ACTIVITY_EVENT e"
            + " WHERE e.CUSTOMER_ID IN (:ids) AND e.IP_ADDRESS IS NOT NULL";

    static final String LAST_ACTIVITY = "SELECT x.CUSTOMER_ID, MAX(x.SEEN_AT) AS LAST_AT FROM ("
            + "SELECT v.CUSTOMER_ID, MAX(v.VIEW_TIME) AS SEEN_AT FROM CM_PAGE_VIEW v WHERE v.CUSTOMER_ID IN (:ids)"
            + " GROUP BY v.CUSTOMER_ID UNION ALL SELECT e.CUSTOMER_ID, MAX(e.EVENT_TIME) AS SEEN_AT FROM CM_ACTIVITY_EVENT e"
            + " WHERE e.CUSTOMER_ID IN (:ids) GROUP BY e.CUSTOMER_ID) x GROUP BY x.CUSTOMER_ID";

    private NamedParameterJdbcTemplate named;
    private final CustomerOrderColumns orders = new CustomerOrderColumns();
    private final PostgresCheck postgresCheck = new PostgresCheck();

    @Resource(name = "cmNamedJdbcTemplate")
    public void setNamedJdbcTemplate(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    @Override
    public Map<Long, SolrInputDocument> readDocuments(Collection<Long> customerIds) {
        final Set<Long> wanted = new LinkedHashSet<Long>(customerIds);
        wanted.remove(null);
        final Map<Long, SolrInputDocument> found = new HashMap<Long, SolrInputDocument>(wanted.size() * 2);
        for (IdScope chunk : IdScope.of(wanted)) {
            read(chunk, wanted, found);
        }
        Map<Long, SolrInputDocument> docs = new LinkedHashMap<Long, SolrInputDocument>(found.size() * 2);
        for (Long id : wanted) {
            SolrInputDocument doc = found.get(id);
            if (doc != null) {
                docs.put(id, doc);
            }
        }
        return docs;
    }

    /** Adds the documents of the chunk's customers that were asked for to {@code docs}. */
    private void read(IdScope chunk, final Set<Long> wanted, Map<Long, SolrInputDocument> docs) {
        final Map<Long, SolrInputDocument> found = new HashMap<Long, SolrInputDocument>();
        named.query(chunk.sql(CUSTOMERS), chunk.parameters(), new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                long id = rs.getLong("CUSTOMER_ID");
                if (wanted.contains(id)) {
                    found.put(id, CustomerDocumentRows.customer(rs));
                }
            }
        });
        if (found.isEmpty()) {
            return;
        }
        // a range reads what lies in it (rows of customers not asked for are skipped); IN lists only those found
        IdScope scope = chunk.isRange() ? chunk : IdScope.of(found.keySet()).get(0);
        MapSqlParameterSource ids = scope.parameters();
        named.query(scope.sql(PHONES), ids, each(found, new Row() {
            @Override
            public void add(SolrInputDocument doc, ResultSet rs) throws SQLException {
                CustomerDocumentRows.addPhone(doc, rs.getString(2));
            }
        }));
        named.query(scope.sql(ADDRESSES), ids, each(found, new Row() {
            @Override
            public void add(SolrInputDocument doc, ResultSet rs) throws SQLException {
                CustomerDocumentRows.addAddress(doc, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5));
            }
        }));
        named.query(scope.sql(GROUPS), ids, each(found, new Row() {
            @Override
            public void add(SolrInputDocument doc, ResultSet rs) throws SQLException {
                doc.addField(CustomerFields.GROUP_ID, rs.getLong(2));
                doc.addField(CustomerFields.GROUP, rs.getString(3));
            }
        }));
        named.query(scope.sql(IPS), ids, each(found, new Row() {
            @Override
            public void add(SolrInputDocument doc, ResultSet rs) throws SQLException {
                CustomerDocumentRows.addIp(doc, rs.getString(2));
            }
        }));
        named.query(scope.sql(LAST_ACTIVITY), ids, each(found, new Row() {
            @Override
            public void add(SolrInputDocument doc, ResultSet rs) throws SQLException {
                Date at = rs.getTimestamp(2);
                if (at != null) {
                    doc.setField(CustomerFields.LAST_ACTIVITY, at);
                }
            }
        }));
        orders.add(named, scope, found, postgresCheck.isPostgres((JdbcTemplate) named.getJdbcOperations()));
        docs.putAll(found);
    }

    @Override
    public List<Long> readIdsAfter(long afterId, int limit) {
        return RowLimits.limitedTo((JdbcTemplate) named.getJdbcOperations(), limit).queryForList(
                "SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE CUSTOMER_ID > ? ORDER BY CUSTOMER_ID", Long.class, afterId);
    }

    @Override
    public long countCustomers() {
        Long count = named.getJdbcOperations().queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER", Long.class);
        return count == null ? 0L : count;
    }

    @Override
    public Map<Long, Date> readUpdatedAfter(long afterId, int limit) {
        final Map<Long, Date> updated = new LinkedHashMap<Long, Date>();
        RowLimits.limitedTo((JdbcTemplate) named.getJdbcOperations(), limit).query("SELECT CUSTOMER_ID,"
                + " COALESCE(DATE_UPDATED, DATE_CREATED) FROM BLC_CUSTOMER WHERE CUSTOMER_ID > ? ORDER BY CUSTOMER_ID",
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        updated.put(rs.getLong(1), rs.getTimestamp(2));
                    }
                }, afterId);
        return updated;
    }

    interface Row {
        void add(SolrInputDocument doc, ResultSet rs) throws SQLException;
    }

    static RowCallbackHandler each(final Map<Long, SolrInputDocument> docs, final Row row) {
        return new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                SolrInputDocument doc = docs.get(rs.getLong(1));
                if (doc != null) {
                    row.add(doc, rs);
                }
            }
        };
    }
}
