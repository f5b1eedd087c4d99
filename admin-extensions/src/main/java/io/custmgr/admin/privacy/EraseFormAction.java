package io.custmgr.admin.privacy;

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
 * "Erase personal data…" on the form of a customer not yet erased, for admin users holding "Manage Personal Data"; it
 * opens the confirmation page (who, what goes, what stays, refusal). An erased customer's form shows instead when it
 * was erased.
 */
@Component("cmEraseFormAction")
public class EraseFormAction extends CustomerFormExtension {

    public static final String BUTTON_CLASS = "custmgr-erase-customer";
    /** Erase a customer's personal data, from the friendly permission "Manage Personal Data". */
    public static final String PERSONAL_DATA_PERMISSION = "PERMISSION_CUSTMGR_PERSONAL_DATA";
    /** Erase in spite of open orders, from the friendly permission "Erase With Open Orders". */
    public static final String FORCE_PERMISSION = "PERMISSION_CUSTMGR_ERASE_OPEN_ORDERS";

    static final String ERASED_DATE_PROPERTY = "erasureMark.erasedDate";

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        Property erased = entity.findProperty(ERASED_DATE_PROPERTY);
        if (erased != null && erased.getValue() != null && !erased.getValue().isEmpty()) {
            return; // the read-only "Erased on" field says it all; nothing left to erase
        }
        Field field = form.findField(ERASED_DATE_PROPERTY);
        if (field != null) {
            field.setIsVisible(false); // empty for every customer not erased
        }
        if (!permissions.holds(PERSONAL_DATA_PERMISSION)) {
            return;
        }
        form.addAction(new EntityFormAction(BUTTON_CLASS)
                .withButtonClass(BUTTON_CLASS)
                .withButtonType("button")
                .withIconClass("icon-remove")
                .withDisplayText("CustomerErase_Button")
                .withUrlPostfix("/" + customerId + "/erase"));
    }
}
