package io.custmgr.customer.account.dao;

import io.custmgr.common.mailedlink.domain.MailedTokenImpl;
import io.custmgr.common.jdbc.InLists;
import io.custmgr.company.domain.CompanyMemberImpl;
import io.custmgr.stock.domain.StockSubscriptionImpl;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Repository("cmCustomerPersonalRows")
public class CustomerPersonalRowsImpl implements CustomerPersonalRows {

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

    /** An account's own rows by CUSTOMER_ID, children before parents (reviews' feedback before the reviews). */
    static final String[] ACCOUNT_TABLES = {"BLC_CUSTOMER_ROLE", "BLC_CUSTOMER_PASSWORD_TOKEN", "BLC_CUSTOMER_OFFER_XREF",
            "BLC_REVIEW_FEEDBACK", "BLC_RATING_DETAIL", "CM_CUSTOMER_GROUP_MEMBER",
            "CM_CUSTOMER_AUDIT", "CM_ACCOUNT_AUDIT_RESULT", "CM_CUSTOMER_MATCH_KEY", "CM_LOGIN_KEY",
            "CM_EMAIL_CONFIRMATION"};

    /** The audit trail goes, but for the record of the deletion or erasure itself. */
    static final String KEEP_DELETION = " AND ACTION NOT IN ('CUSTOMER_DELETED', 'CUSTOMER_ERASED')";

    /** The module's own rows of any customer, guest or account, by CUSTOMER_ID. */
    static final String[] MODULE_TABLES = {"CM_PAGE_VIEW", "CM_ACTIVITY_EVENT", "CM_GUEST_KEY", MailedTokenImpl.TABLE,
            "CM_MAIL_LOG", "CM_CUSTOMER_MESSAGE", "CM_CONSENT", "CM_LIBRARY_ENTRY", "CM_REWARD_POINTS",
            "CM_DOWNLOAD_LOG", CompanyMemberImpl.UNIT_TABLE, CompanyMemberImpl.ROLE_TABLE, CompanyMemberImpl.TABLE,
            StockSubscriptionImpl.TABLE};

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    /** A host's customer subclass tables and their key columns, in delete order (see {@link CustomerSubclassTables}). */
    protected Map<String, String> subclassTables;

    @PostConstruct
    public void init() {
        subclassTables = CustomerSubclassTables.read(transactionManager.getEntityManagerFactory());
    }

    @Override
    public void deletePersonalRows(String customerIds, MapSqlParameterSource params) {
        deleteModuleRows(customerIds, params);
        deleteMappedRows(customerIds, params);
    }

    @Override
    public void deleteAccountRows(String customerIds, MapSqlParameterSource params) {
        deleteUnmappedRows(customerIds, params);
        deleteMappedRows(customerIds, params);
    }

    @Override
    public void deleteUnmappedRows(String customerIds, MapSqlParameterSource params) {
        String ofCustomers = " WHERE CUSTOMER_ID IN (" + customerIds + ")";
        // Feedback of others on the customer's reviews goes with the reviews.
        named.update("DELETE FROM BLC_REVIEW_FEEDBACK WHERE REVIEW_DETAIL_ID IN (SELECT REVIEW_DETAIL_ID"
                + " FROM BLC_REVIEW_DETAIL" + ofCustomers + ")", params);
        for (String table : ACCOUNT_TABLES) {
            named.update("DELETE FROM " + table + ofCustomers + ("CM_CUSTOMER_AUDIT".equals(table) ? KEEP_DELETION : ""),
                    params);
        }
        named.update("DELETE FROM BLC_REVIEW_DETAIL" + ofCustomers, params);
        // The assistance log is a record of what admin users did: its sessions stay, without the customer's name.
        named.update("UPDATE CM_ASSIST_SESSION SET CUSTOMER_LABEL = NULL" + ofCustomers, params);
        deleteModuleRows(customerIds, params);
    }

    private void deleteModuleRows(String customerIds, MapSqlParameterSource params) {
        for (String table : MODULE_TABLES) {
            named.update("DELETE FROM " + table + " WHERE CUSTOMER_ID IN (" + customerIds + ")", params);
        }
        // links mailed to someone else about these customers (a guest claim offered to an account)
        named.update("DELETE FROM " + MailedTokenImpl.TABLE + " WHERE SUBJECT_ID IN (" + customerIds + ")", params);
    }

    /** The collections CustomerImpl maps (payments, addresses, phones, attributes) and their unused rows. */
    private void deleteMappedRows(String customerIds, MapSqlParameterSource params) {
        String ofCustomers = " WHERE CUSTOMER_ID IN (" + customerIds + ")";

        // Ids first: once the customer's rows are gone nothing says which addresses and phones were theirs.
        Set<Long> addressIds = new LinkedHashSet<Long>(named.queryForList("SELECT ADDRESS_ID FROM BLC_CUSTOMER_ADDRESS"
                + ofCustomers + " UNION SELECT ADDRESS_ID FROM BLC_CUSTOMER_PAYMENT" + ofCustomers, params, Long.class));
        Set<Long> phoneIds = new LinkedHashSet<Long>(named.queryForList("SELECT PHONE_ID FROM BLC_CUSTOMER_PHONE"
                + ofCustomers, params, Long.class));
        for (List<Long> chunk : InLists.chunks(addressIds)) {
            named.query("SELECT PHONE_PRIMARY_ID, PHONE_SECONDARY_ID, PHONE_FAX_ID FROM BLC_ADDRESS"
                    + " WHERE ADDRESS_ID IN (:ids)", new MapSqlParameterSource("ids", chunk), new PhoneIdCollector(phoneIds));
        }

        named.update("DELETE FROM BLC_CUSTOMER_PAYMENT_FIELDS WHERE CUSTOMER_PAYMENT_ID IN"
                + " (SELECT CUSTOMER_PAYMENT_ID FROM BLC_CUSTOMER_PAYMENT" + ofCustomers + ")", params);
        for (String table : new String[] {"BLC_CUSTOMER_PAYMENT", "BLC_CUSTOMER_ADDRESS", "BLC_CUSTOMER_PHONE",
                "BLC_CUSTOMER_ATTRIBUTE"}) {
            named.update("DELETE FROM " + table + ofCustomers, params);
        }
        for (List<Long> chunk : InLists.chunks(addressIds)) {
            named.update("DELETE FROM BLC_ADDRESS WHERE ADDRESS_ID IN (:ids)" + ADDRESS_UNUSED,
                    new MapSqlParameterSource("ids", chunk));
        }
        deleteUnusedPhones(phoneIds);
    }

    @Override
    public void deleteUnusedPhones(Collection<Long> phoneIds) {
        for (List<Long> chunk : InLists.chunks(phoneIds)) {
            named.update("DELETE FROM BLC_PHONE WHERE PHONE_ID IN (:ids)" + PHONE_UNUSED,
                    new MapSqlParameterSource("ids", chunk));
        }
    }

    @Override
    public int deleteCustomers(String customerIds, MapSqlParameterSource params) {
        for (Map.Entry<String, String> table : subclassTables.entrySet()) {
            named.update("DELETE FROM " + table.getKey() + " WHERE " + table.getValue() + " IN (" + customerIds + ")",
                    params);
        }
        return named.update("DELETE FROM BLC_CUSTOMER WHERE CUSTOMER_ID IN (" + customerIds + ")", params);
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
