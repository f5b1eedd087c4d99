package io.custmgr.customer.deletion.dao;

import io.custmgr.customer.account.dao.CustomerPersonalRows;
import io.custmgr.customer.deletion.type.KeepRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

@Repository("cmCustomerRemovalDao")
public class CustomerRemovalDaoImpl implements CustomerRemovalDao {

    /** The given customers (at most one IN list): the selector every statement of a removal runs on. */
    static final String SELECTED = "SELECT s.CUSTOMER_ID FROM BLC_CUSTOMER s WHERE s.CUSTOMER_ID IN (:ids)";

    /**
     * What a deleted customer's rows are counted as, in report order: the kind and a FROM ... WHERE clause over
     * {@code CUSTOMER_ID}-like column {@code k} (an alias). Counted before the delete, one statement for all kinds.
     */
    static final String[][] KINDS = {
            {"carts and wishlists", "BLC_ORDER k"},
            {"order items", "BLC_ORDER_ITEM i JOIN BLC_ORDER k ON k.ORDER_ID = i.ORDER_ID"},
            {"addresses", "BLC_CUSTOMER_ADDRESS k"},
            {"phones", "BLC_CUSTOMER_PHONE k"},
            {"saved payments", "BLC_CUSTOMER_PAYMENT k"},
            {"attributes", "BLC_CUSTOMER_ATTRIBUTE k"},
            {"password tokens", "BLC_CUSTOMER_PASSWORD_TOKEN k"},
            {"page views", "CM_PAGE_VIEW k"},
            {"activity events", "CM_ACTIVITY_EVENT k"},
            {"group memberships", "CM_CUSTOMER_GROUP_MEMBER k"},
            {"duplicate match keys", "CM_CUSTOMER_MATCH_KEY k"},
            {"mailed links", "CM_MAILED_TOKEN k"},
            {"mailed links", "CM_MAILED_TOKEN k", "SUBJECT_ID"},
            {"guest keys", "CM_GUEST_KEY k"},
            {"e-mail log entries", "CM_MAIL_LOG k"},
            {"private messages", "CM_CUSTOMER_MESSAGE k"},
            {"registration e-mail confirmations", "CM_EMAIL_CONFIRMATION k"},
            {"library items", "CM_LIBRARY_ENTRY k"},
            {"downloads", "CM_DOWNLOAD_LOG k"},
            {"reward points ledger lines", "CM_REWARD_POINTS k"},
            {"audit records", "CM_CUSTOMER_AUDIT k"}};

    @Resource(name = "cmCustomerPersonalRows")
    protected CustomerPersonalRows personalRows;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Override
    public Map<Long, KeepRule> readRefusals(Collection<Long> customerIds) {
        final Map<Long, KeepRule> refusals = new LinkedHashMap<Long, KeepRule>();
        for (Long id : customerIds) {
            refusals.put(id, KeepRule.GONE); // until the customer row is found
        }
        String firstRule = KeepRules.firstRuleAndAnyRule("d.CUSTOMER_ID", true, true)[0];
        named.query("SELECT d.CUSTOMER_ID, " + firstRule + " FROM BLC_CUSTOMER d WHERE d.CUSTOMER_ID IN (:ids)",
                KeepRules.params().addValue("ids", customerIds), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        String rule = rs.getString(2);
                        if (rule == null) {
                            refusals.remove(rs.getLong(1));
                        } else {
                            refusals.put(rs.getLong(1), KeepRule.valueOf(rule.trim()));
                        }
                    }
                });
        return refusals;
    }

    @Override
    public Map<Long, String[]> readNames(Collection<Long> customerIds) {
        final Map<Long, String[]> names = new LinkedHashMap<Long, String[]>();
        named.query("SELECT CUSTOMER_ID, EMAIL_ADDRESS, FIRST_NAME, LAST_NAME FROM BLC_CUSTOMER"
                + " WHERE CUSTOMER_ID IN (:ids)", new MapSqlParameterSource("ids", customerIds), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        String name = ((rs.getString(3) == null ? "" : rs.getString(3)) + " "
                                + (rs.getString(4) == null ? "" : rs.getString(4))).trim();
                        names.put(rs.getLong(1), new String[] {rs.getString(2), name.isEmpty() ? null : name});
                    }
                });
        return names;
    }

    @Override
    public Map<Long, RemovedCustomer> readRows(List<Long> customerIds) {
        final Map<Long, RemovedCustomer> removed = new LinkedHashMap<Long, RemovedCustomer>();
        MapSqlParameterSource params = new MapSqlParameterSource("ids", customerIds);
        named.query("SELECT CUSTOMER_ID, EMAIL_ADDRESS FROM BLC_CUSTOMER WHERE CUSTOMER_ID IN (:ids)"
                + " ORDER BY CUSTOMER_ID", params, new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        removed.put(rs.getLong(1), new RemovedCustomer(rs.getLong(1), rs.getString(2)));
                    }
                });
        StringBuilder counts = new StringBuilder();
        for (int kind = 0; kind < KINDS.length; kind++) {
            String column = KINDS[kind].length > 2 ? KINDS[kind][2] : "CUSTOMER_ID";
            counts.append(kind == 0 ? "" : " UNION ALL ").append("SELECT k.").append(column).append(", ")
                    .append(kind).append(", COUNT(*) FROM ").append(KINDS[kind][1]).append(" WHERE k.")
                    .append(column).append(" IN (:ids) GROUP BY k.").append(column);
        }
        named.query(counts.toString(), params, new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                RemovedCustomer customer = removed.get(rs.getLong(1));
                if (customer != null) {
                    customer.add(KINDS[rs.getInt(2)][0], rs.getInt(3));
                }
            }
        });
        return removed;
    }

    @Override
    public int deleteRows(List<Long> customerIds, boolean mappedRowsToo) {
        MapSqlParameterSource params = new MapSqlParameterSource("ids", customerIds);
        if (!mappedRowsToo) {
            personalRows.deleteUnmappedRows(SELECTED, params);
            detachAddressPhones(params);
            return 0;
        }
        personalRows.deleteAccountRows(SELECTED, params);
        return personalRows.deleteCustomers(SELECTED, params); // a host's own customer subclass tables too
    }

    /**
     * Hibernate deletes a removed customer's addresses but not their phone rows (no cascade): those the addresses
     * alone use are let go of here and deleted, before Hibernate's delete of the addresses.
     */
    private void detachAddressPhones(MapSqlParameterSource params) {
        String addresses = "SELECT ADDRESS_ID FROM BLC_CUSTOMER_ADDRESS WHERE CUSTOMER_ID IN (:ids)";
        List<Long> phones = named.queryForList("SELECT PHONE_PRIMARY_ID FROM BLC_ADDRESS WHERE ADDRESS_ID IN ("
                + addresses + ") UNION SELECT PHONE_SECONDARY_ID FROM BLC_ADDRESS WHERE ADDRESS_ID IN (" + addresses
                + ") UNION SELECT PHONE_FAX_ID FROM BLC_ADDRESS WHERE ADDRESS_ID IN (" + addresses + ")", params,
                Long.class);
        phones.removeAll(Collections.singleton(null));
        if (phones.isEmpty()) {
            return;
        }
        named.update("UPDATE BLC_ADDRESS SET PHONE_PRIMARY_ID = NULL, PHONE_SECONDARY_ID = NULL, PHONE_FAX_ID = NULL"
                + " WHERE ADDRESS_ID IN (" + addresses + ")", params);
        personalRows.deleteUnusedPhones(phones);
    }

    @Override
    public String describe(RemovedCustomer customer, String context) {
        return (customer.getEmail() == null ? "" : customer.getEmail() + " ")
                + (context == null ? "" : "(" + context + ") ") + "deleted with " + customer.describeRows();
    }

}
