package io.custmgr.admin.privacy;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.security.AdminPermissions;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.EntityFormAction;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * "Export personal data…" on the form of a customer not erased, for admin users holding "Manage Personal Data"; it
 * opens the export page (start, progress, download link).
 */
@Component("cmExportFormAction")
public class ExportFormAction extends CustomerFormExtension {

    public static final String BUTTON_CLASS = "custmgr-export-personal-data";

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        Property erased = entity.findProperty(EraseFormAction.ERASED_DATE_PROPERTY);
        if (erased != null && erased.getValue() != null && !erased.getValue().isEmpty()
                || !permissions.holds(EraseFormAction.PERSONAL_DATA_PERMISSION)) {
            return;
        }
        form.addAction(new EntityFormAction(BUTTON_CLASS)
                .withButtonClass(BUTTON_CLASS)
                .withButtonType("button")
                .withIconClass("icon-download")
                .withDisplayText("PersonalDataExport_Button")
                .withUrlPostfix("/" + customerId + "/personal-data-export"));
    }
}
