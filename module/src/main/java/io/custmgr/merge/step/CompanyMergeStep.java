package io.custmgr.merge.step;

import io.custmgr.company.domain.CompanyImpl;
import io.custmgr.company.domain.CompanyMemberImpl;
import io.custmgr.company.domain.CompanyOrderImpl;
import io.custmgr.merge.service.FieldConflict;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeOutcome;
import io.custmgr.merge.service.MergeParties;
import io.custmgr.merge.service.MergeRefusedException;
import io.custmgr.merge.service.MergeSide;
import io.custmgr.merge.service.MergeStepReport;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Company membership (a customer belongs to at most one company). The absorbed customer's membership moves to a
 * survivor in no company; in the same company the survivor keeps its membership and gains the absorbed one's units
 * and roles; in two different companies the merchant must pick the company the survivor stays in (field choice
 * {@value #KEY}, never preselected): without a choice the merge is refused. The company orders the absorbed customer
 * placed name the survivor as who placed them, whatever the membership.
 */
@Component("cmCompanyMergeStep")
public class CompanyMergeStep extends SqlMergeStep {

    public static final String KEY = "company";

    private static final String MEMBER = CompanyMemberImpl.TABLE;
    private static final String UNITS = CompanyMemberImpl.UNIT_TABLE;
    private static final String ROLES = CompanyMemberImpl.ROLE_TABLE;
    private static final String ORDERS = CompanyOrderImpl.TABLE;
    private static final String[] MEMBER_TABLES = {UNITS, ROLES, MEMBER};

    @Override public String getKey() { return KEY; }
    @Override public int getOrder() { return 270; }
    @Override protected String getTitle() { return "Company account"; }

    @Override
    protected List<Move> getMoves() {
        return Collections.emptyList(); // what moves depends on both memberships: see below
    }

    @Override
    public MergeStepReport preview(MergeParties parties) {
        Map<Long, Object[]> companies = readCompanies(parties);
        Object[] survivor = companies.get(parties.getSurvivorId());
        Object[] absorbed = companies.get(parties.getAbsorbedId());
        MergeStepReport report = new MergeStepReport(KEY, getTitle());
        if (survivor != null && absorbed != null && !survivor[0].equals(absorbed[0])) {
            report.conflict(new FieldConflict(KEY, "Company", (String) survivor[1], (String) absorbed[1], true));
        }
        return membershipLines(report, survivor, absorbed, null)
                .line("Company orders placed", count(placedCount(), parties), MergeOutcome.MOVED);
    }

    @Override
    public MergeStepReport merge(MergeParties parties, MergeChoices choices) {
        Map<Long, Object[]> companies = readCompanies(parties);
        Object[] survivor = companies.get(parties.getSurvivorId());
        Object[] absorbed = companies.get(parties.getAbsorbedId());
        MapSqlParameterSource params = params(parties);
        MergeSide side = null;
        if (survivor != null && absorbed != null && !survivor[0].equals(absorbed[0])) {
            side = choices.asMap().get(KEY);
            if (side == null) {
                throw new MergeRefusedException(MergeRefusedException.Reason.CHOICE_REQUIRED, "The customers belong"
                        + " to different companies (" + survivor[1] + " and " + absorbed[1] + "): pick the company"
                        + " the merged customer stays in.");
            }
            if (side == MergeSide.ABSORBED) {
                deleteMembership(":survivor", params);
                moveMembership(params);
            } else {
                deleteMembership(":absorbed", params);
            }
        } else if (absorbed != null && survivor == null) {
            moveMembership(params);
        } else if (absorbed != null) {
            // same company: the survivor gains the units and roles it lacks
            for (String[] table : new String[][] {{UNITS, "UNIT_ID"}, {ROLES, "ROLE_ID"}}) {
                jdbc.update("INSERT INTO " + table[0] + " (CUSTOMER_ID, " + table[1] + ") SELECT :survivor, a."
                        + table[1] + " FROM " + table[0] + " a WHERE a.CUSTOMER_ID = :absorbed AND NOT EXISTS (SELECT 1"
                        + " FROM " + table[0] + " s WHERE s.CUSTOMER_ID = :survivor AND s." + table[1] + " = a."
                        + table[1] + ")", params);
            }
            deleteMembership(":absorbed", params);
        }
        int placed = jdbc.update("UPDATE " + ORDERS + " SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed",
                params);
        return membershipLines(new MergeStepReport(KEY, getTitle()), survivor, absorbed, side)
                .line("Company orders placed", placed, MergeOutcome.MOVED);
    }

    private static MergeStepReport membershipLines(MergeStepReport report, Object[] survivor, Object[] absorbed,
            MergeSide side) {
        if (absorbed == null) {
            return report;
        }
        if (survivor == null) {
            return report.line("Membership of " + absorbed[1], 1, MergeOutcome.MOVED);
        }
        if (survivor[0].equals(absorbed[0])) {
            return report.line("Units and roles in " + absorbed[1], 1, MergeOutcome.MERGED);
        }
        if (side == null) {
            return report.line("Membership of the company picked above", 1, MergeOutcome.CHANGED);
        }
        Object[] dropped = side == MergeSide.ABSORBED ? survivor : absorbed;
        return report.line("Membership of " + dropped[1], 1, MergeOutcome.DROPPED)
                .line("Membership of " + (side == MergeSide.ABSORBED ? absorbed : survivor)[1], 1,
                        side == MergeSide.ABSORBED ? MergeOutcome.CHANGED : MergeOutcome.MOVED);
    }

    /** The member row is copied first: the unit and role rows reference it. */
    private void moveMembership(MapSqlParameterSource params) {
        jdbc.update("INSERT INTO " + MEMBER + " (CUSTOMER_ID, COMPANY_ID, JOINED_DATE, ADDED_BY) SELECT :survivor,"
                + " COMPANY_ID, JOINED_DATE, ADDED_BY FROM " + MEMBER + " WHERE CUSTOMER_ID = :absorbed", params);
        for (String table : new String[] {UNITS, ROLES}) {
            jdbc.update("UPDATE " + table + " SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed", params);
        }
        jdbc.update("DELETE FROM " + MEMBER + " WHERE CUSTOMER_ID = :absorbed", params);
    }

    private void deleteMembership(String customer, MapSqlParameterSource params) {
        for (String table : MEMBER_TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE CUSTOMER_ID = " + customer, params);
        }
    }

    private static String placedCount() {
        return "SELECT COUNT(*) FROM " + ORDERS + " WHERE CUSTOMER_ID = :absorbed";
    }

    /** @return customer id → {company id, company name} for those of the two who are members */
    private Map<Long, Object[]> readCompanies(MergeParties parties) {
        final Map<Long, Object[]> companies = new HashMap<Long, Object[]>();
        for (Map<String, Object> row : jdbc.queryForList("SELECT m.CUSTOMER_ID, c.COMPANY_ID, c.NAME FROM " + MEMBER
                + " m JOIN " + CompanyImpl.TABLE + " c ON c.COMPANY_ID = m.COMPANY_ID"
                + " WHERE m.CUSTOMER_ID IN (:survivor, :absorbed)", params(parties))) {
            companies.put(((Number) row.get("CUSTOMER_ID")).longValue(),
                    new Object[] {((Number) row.get("COMPANY_ID")).longValue(), row.get("NAME")});
        }
        return companies;
    }
}
