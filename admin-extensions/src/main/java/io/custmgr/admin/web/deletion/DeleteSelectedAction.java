package io.custmgr.admin.web.deletion;

import io.custmgr.admin.customer.deletion.CustomerDeleteAccess;
import org.broadleafcommerce.common.extension.AbstractExtensionHandler;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.web.controller.MainEntityActionsExtensionHandler;
import org.broadleafcommerce.openadmin.web.controller.MainEntityActionsExtensionManager;
import org.broadleafcommerce.openadmin.web.form.entity.EntityFormAction;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Component;

import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * "Delete selected" above the admin's customer list, for admin users who may delete customers: Broadleaf 3.1's list
 * grid selects one row at a time, so the module's admin script adds a checkbox to each row when this button is there,
 * and the button opens the confirmation page with the ticked customers ({@code /customer/delete-selected}). In the
 * servlet context, where Broadleaf defines {@code blMainEntityActionsExtensionManager}.
 */
@Component("cmDeleteSelectedAction")
public class DeleteSelectedAction extends AbstractExtensionHandler implements MainEntityActionsExtensionHandler {

    public static final String BUTTON_CLASS = "custmgr-delete-selected";
    public static final String URL_POSTFIX = "/delete-selected";

    @Resource(name = "blMainEntityActionsExtensionManager")
    protected MainEntityActionsExtensionManager extensionManager;

    @Resource(name = "cmCustomerDeleteAccess")
    protected CustomerDeleteAccess access;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public void modifyMainActions(ClassMetadata cmd, List<EntityFormAction> mainActions) {
        if (Customer.class.getName().equals(cmd.getCeilingType()) && access.mayDelete()) {
            mainActions.add(new EntityFormAction(BUTTON_CLASS)
                    .withButtonClass(BUTTON_CLASS)
                    .withButtonType("button")
                    .withIconClass("icon-trash")
                    .withDisplayText("CustomerDelete_Selected")
                    .withUrlPostfix(URL_POSTFIX));
        }
    }
}
