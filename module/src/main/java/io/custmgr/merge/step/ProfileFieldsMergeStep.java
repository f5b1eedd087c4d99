package io.custmgr.merge.step;

import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.merge.service.FieldConflict;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeOutcome;
import io.custmgr.merge.service.MergeParties;
import io.custmgr.merge.service.MergeSide;
import io.custmgr.merge.service.MergeStepReport;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Profile fields. The survivor keeps its own values unless the merchant chose the absorbed customer's for a field both
 * have with different values; a field only the absorbed customer filled in is taken over. Both rows are read with one
 * query and the survivor written with one update.
 */
@Component("cmProfileFieldsMergeStep")
public class ProfileFieldsMergeStep extends SqlMergeStep {

    static final List<ProfileField> FIELDS = Collections.unmodifiableList(Arrays.asList(
            new ProfileField("firstName", "First name", "FIRST_NAME", ProfileField.Kind.TEXT),
            new ProfileField("lastName", "Last name", "LAST_NAME", ProfileField.Kind.TEXT),
            new ProfileField("phone", "Phone", "CM_PHONE", ProfileField.Kind.TEXT),
            new ProfileField("fax", "Fax", "CM_FAX", ProfileField.Kind.TEXT),
            new ProfileField("company", "Business / Organization", "CM_COMPANY", ProfileField.Kind.TEXT),
            new ProfileField("dateOfBirth", "Date of birth", "CM_DATE_OF_BIRTH", ProfileField.Kind.DATE),
            new ProfileField("gender", "Gender", "CM_GENDER", ProfileField.Kind.TEXT),
            new ProfileField("taxExempt", "Tax exempt", "CM_TAX_EXEMPT", ProfileField.Kind.FLAG),
            new ProfileField("newsletterOptIn", "Newsletter opt-in", "CM_NEWSLETTER_OPT_IN", ProfileField.Kind.FLAG),
            new ProfileField("receiveEmail", "Receive e-mail", "RECEIVE_EMAIL", ProfileField.Kind.FLAG),
            new ProfileField("libraryAllAccess", "Library all-access", "CM_LIBRARY_ALL_ACCESS", ProfileField.Kind.FLAG),
            new ProfileField("memberDirectory", "Member directory", "CM_MEMBER_DIRECTORY", ProfileField.Kind.FLAG),
            new ProfileField("adminComment", "Admin comment", "CM_ADMIN_COMMENT", ProfileField.Kind.TEXT)));

    public static final String KEY = "profile";

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @Override public String getKey() { return KEY; }
    @Override public int getOrder() { return 100; }
    @Override protected String getTitle() { return "Profile fields"; }
    @Override protected List<Move> getMoves() { return Collections.emptyList(); }

    @Override
    public MergeStepReport preview(MergeParties parties) {
        return decide(parties, MergeChoices.SURVIVOR_WINS, true).report;
    }

    @Override
    public MergeStepReport merge(MergeParties parties, MergeChoices choices) {
        Decision decision = decide(parties, choices, false);
        if (!decision.changes.isEmpty()) {
            StringBuilder sql = new StringBuilder("UPDATE BLC_CUSTOMER SET ");
            List<Object> args = new ArrayList<Object>();
            for (Map.Entry<ProfileField, Object> change : decision.changes.entrySet()) {
                sql.append(args.isEmpty() ? "" : ", ").append(change.getKey().column).append(" = ?");
                args.add(change.getValue());
            }
            sql.append(" WHERE CUSTOMER_ID = ?");
            args.add(parties.getSurvivorId());
            jdbc.getJdbcOperations().update(sql.toString(), args.toArray());
            for (Map.Entry<ProfileField, Object[]> change : decision.before.entrySet()) {
                ProfileField field = change.getKey();
                auditService.record(CustomerAuditEntry.fieldChange(parties.getSurvivorId(),
                        CustomerAuditAction.FIELD_CHANGED, field.label, field.display(change.getValue()[0]),
                        field.display(change.getValue()[1])));
            }
        }
        return decision.report;
    }

    /** @return the survivor's fields that take the absorbed value, and the report (conflicts only for the preview) */
    private Decision decide(MergeParties parties, MergeChoices choices, boolean listConflicts) {
        Map<Long, Object[]> rows = readBoth(parties);
        Object[] survivor = rows.get(parties.getSurvivorId());
        Object[] absorbed = rows.get(parties.getAbsorbedId());
        Decision decision = new Decision(new MergeStepReport(KEY, getTitle()));
        for (int i = 0; i < FIELDS.size(); i++) {
            ProfileField field = FIELDS.get(i);
            Object mine = field.normalize(survivor[i]);
            Object theirs = field.normalize(absorbed[i]);
            if (field.fillsGap(mine, theirs)) {
                decision.take(field, mine, theirs, absorbed[i], "filled in from the absorbed customer");
            } else if (field.conflicts(mine, theirs)) {
                if (listConflicts) {
                    decision.report.conflict(new FieldConflict(field.key, field.label, field.display(mine),
                            field.display(theirs)));
                }
                if (choices.sideFor(field.key) == MergeSide.ABSORBED) {
                    decision.take(field, mine, theirs, absorbed[i], "the absorbed customer's value chosen");
                }
            }
        }
        return decision;
    }

    private Map<Long, Object[]> readBoth(MergeParties parties) {
        StringBuilder sql = new StringBuilder("SELECT CUSTOMER_ID");
        for (ProfileField field : FIELDS) {
            sql.append(", ").append(field.column);
        }
        sql.append(" FROM BLC_CUSTOMER WHERE CUSTOMER_ID IN (?, ?)");
        final Map<Long, Object[]> rows = new HashMap<Long, Object[]>();
        jdbc.getJdbcOperations().query(sql.toString(), new RowMapper<Object>() {
            @Override
            public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
                Object[] values = new Object[FIELDS.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = FIELDS.get(i).kind == ProfileField.Kind.DATE ? rs.getTimestamp(i + 2)
                            : FIELDS.get(i).kind == ProfileField.Kind.FLAG ? rs.getObject(i + 2) : rs.getString(i + 2);
                }
                rows.put(rs.getLong(1), values);
                return null;
            }
        }, parties.getSurvivorId(), parties.getAbsorbedId());
        return rows;
    }

    private static final class Decision {
        final MergeStepReport report;
        final Map<ProfileField, Object> changes = new LinkedHashMap<ProfileField, Object>();

        Decision(MergeStepReport report) {
            this.report = report;
        }

        /** the survivor's value and the absorbed one, as compared, for the audit trail */
        final Map<ProfileField, Object[]> before = new LinkedHashMap<ProfileField, Object[]>();

        void take(ProfileField field, Object mine, Object theirs, Object value, String why) {
            changes.put(field, value);
            before.put(field, new Object[] {mine, theirs});
            report.line(field.label + " (" + why + ")", 1, MergeOutcome.CHANGED);
        }
    }
}
