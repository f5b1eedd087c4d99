package io.custmgr.customer.deletion.dao;

import io.custmgr.company.domain.CompanyMemberImpl;
import io.custmgr.customer.deletion.type.KeepRule;
import io.custmgr.customer.orders.type.OrderKinds;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The never-delete rules as SQL: the one definition the cleanup's batches and preview and the customer delete
 * ({@code cmCustomerDeletionService}) check. Predicates take the named parameters of {@link #params()}; what counts
 * as an order or a cart is {@link OrderKinds}'.
 */
public final class KeepRules {

    private KeepRules() {
    }

    /**
     * The never-delete rules as predicates on a customer id expression, in the order they are reported. As sets
     * ({@code id IN (SELECT ...)}, hashed once per statement) for a whole class; correlated for a batch of a few
     * hundred, where hashing a million-row table per batch would cost more than a few index probes per customer.
     */
    public static Map<KeepRule, String> predicates(String id, boolean correlated) {
        Map<KeepRule, String> rules = new LinkedHashMap<KeepRule, String>();
        rules.put(KeepRule.GONE, correlated
                ? "NOT EXISTS (SELECT 1 FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID = " + id + ")"
                : id + " NOT IN (SELECT CUSTOMER_ID FROM BLC_CUSTOMER)");
        rules.put(KeepRule.NOT_AN_ACCOUNT, customerWhere(id, correlated,
                "c.IS_REGISTERED IS NULL OR c.IS_REGISTERED = :no"));
        rules.put(KeepRule.PROTECTED, customerWhere(id, correlated, "c.CM_CLEANUP_PROTECTED = :yes"));
        rules.put(KeepRule.ORDERS, rowOf(id, correlated, "o.CUSTOMER_ID",
                "BLC_ORDER o WHERE " + OrderKinds.placedCondition("o")));
        rules.put(KeepRule.OPEN_CART, rowOf(id, correlated, "o.CUSTOMER_ID", "BLC_ORDER o JOIN BLC_ORDER_ITEM i"
                + " ON i.ORDER_ID = o.ORDER_ID WHERE " + OrderKinds.cartCondition("o")));
        rules.put(KeepRule.LIBRARY_ACCESS, "(" + customerWhere(id, correlated, "c.CM_LIBRARY_ALL_ACCESS = :yes")
                + " OR " + rowOf(id, correlated, "l.CUSTOMER_ID", "CM_LIBRARY_ENTRY l WHERE 1 = 1") + ")");
        rules.put(KeepRule.GROUP_MEMBER, rowOf(id, correlated, "m.CUSTOMER_ID",
                "CM_CUSTOMER_GROUP_MEMBER m WHERE 1 = 1"));
        rules.put(KeepRule.COMPANY_MEMBER, rowOf(id, correlated, "k.CUSTOMER_ID",
                CompanyMemberImpl.TABLE + " k WHERE 1 = 1"));
        return rules;
    }

    private static String customerWhere(String id, boolean correlated, String condition) {
        return rowOf(id, correlated, "c.CUSTOMER_ID", "BLC_CUSTOMER c WHERE (" + condition + ")");
    }

    /** {@code id IN (SELECT column FROM fromWhere)}, or the same as a correlated EXISTS. */
    private static String rowOf(String id, boolean correlated, String column, String fromWhere) {
        return correlated
                ? "EXISTS (SELECT 1 FROM " + fromWhere + " AND " + column + " = " + id + ")"
                : id + " IN (SELECT " + column + " FROM " + fromWhere + ")";
    }

    /** {@code CASE WHEN rule THEN 'RULE' ...} and the rules OR-ed, for one statement over all of them. */
    public static String[] firstRuleAndAnyRule(String id, boolean correlated) {
        return firstRuleAndAnyRule(id, correlated, false);
    }

    /** @param deleteOnly only the rules that refuse an explicit delete ({@link KeepRule#refusesDelete()}) */
    public static String[] firstRuleAndAnyRule(String id, boolean correlated, boolean deleteOnly) {
        StringBuilder firstRule = new StringBuilder("CASE");
        StringBuilder anyRule = new StringBuilder();
        for (Map.Entry<KeepRule, String> rule : predicates(id, correlated).entrySet()) {
            if (deleteOnly && !rule.getKey().refusesDelete()) {
                continue;
            }
            // a literal cast: HSQLDB pads bare CASE literals to the longest one
            firstRule.append(" WHEN ").append(rule.getValue()).append(" THEN CAST('").append(rule.getKey().name())
                    .append("' AS VARCHAR(32))");
            anyRule.append(anyRule.length() == 0 ? "(" : " OR ").append(rule.getValue());
        }
        return new String[] {firstRule.append(" END").toString(), anyRule.append(")").toString()};
    }

    public static MapSqlParameterSource params() {
        return new MapSqlParameterSource("yes", Boolean.TRUE).addValue("no", Boolean.FALSE);
    }
}
