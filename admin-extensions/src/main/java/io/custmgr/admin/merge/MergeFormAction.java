package io.custmgr.admin.merge;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.security.AdminPermissions;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.EntityFormAction;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * "Merge with…" on the form of a customer that has not been merged away, for admin users holding the merge permission;
 * it opens the merge page (pick the other customer, preview, confirm). A merged-away customer's form shows instead
 * whom it was merged into, and when.
 */
@Component("cmMergeFormAction")
public class MergeFormAction extends CustomerFormExtension {

    public static final String BUTTON_CLASS = "custmgr-merge-customer";
    /**
     * The merge's own permission (a merge cannot be undone), which Broadleaf grants at login from the friendly
     * permission "Merge Customers" (load_custmgr_admin_security.sql).
     */
    public static final String MERGE_PERMISSION = "PERMISSION_CUSTMGR_MERGE_CUSTOMERS";
    static final String MERGED_INTO_PROPERTY = "mergeMark.mergedInto";

    static final String MERGED_DATE_PROPERTY = "mergeMark.mergedDate";

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        Property mergedInto = entity.findProperty(MERGED_INTO_PROPERTY);
        if (mergedInto != null && mergedInto.getValue() != null && !mergedInto.getValue().isEmpty()) {
            return; // merged away: the read-only "Merged into" fields say where it went; no second merge
        }
        for (String name : new String[] {MERGED_INTO_PROPERTY, MERGED_DATE_PROPERTY}) {
            Field field = form.findField(name);
            if (field != null) {
                field.setIsVisible(false); // empty for every customer never merged
            }
        }
        if (!permissions.holds(MERGE_PERMISSION)) {
            return;
        }
        form.addAction(new EntityFormAction(BUTTON_CLASS)
                .withButtonClass(BUTTON_CLASS)
                .withButtonType("button")
                .withIconClass("icon-resize-small")
                .withDisplayText("CustomerMerge_Button")
                .withUrlPostfix("/" + customerId + "/merge"));
    }
}
