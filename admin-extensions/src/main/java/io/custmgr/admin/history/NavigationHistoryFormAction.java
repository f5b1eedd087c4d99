package io.custmgr.admin.history;

import io.custmgr.admin.common.CustomerForms;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.EntityFormAction;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/** Puts a "Navigation history" button on every saved customer's admin form. */
@Component("cmNavigationHistoryFormAction")
public class NavigationHistoryFormAction extends AbstractFormBuilderExtensionHandler {

    public static final String BUTTON_CLASS = "custmgr-navigation-history";

    @Resource(name = "blFormBuilderExtensionManager")
    protected FormBuilderExtensionManager extensionManager;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType addAdditionalFormActions(EntityForm form) {
        if (!CustomerForms.isSavedCustomer(form)) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        form.addAction(new EntityFormAction(BUTTON_CLASS)
                .withButtonClass(BUTTON_CLASS)
                .withButtonType("button")
                .withIconClass("icon-time")
                .withDisplayText("CustomerNavigationHistory_Button")
                .withUrlPostfix("/" + form.getId() + "/navigation-history"));
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }
}
