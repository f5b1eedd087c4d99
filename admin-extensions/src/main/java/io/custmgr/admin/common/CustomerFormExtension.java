package io.custmgr.admin.common;

import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Something the module adds to a saved customer's form (a tab, a grid, fields) through Broadleaf's form builder hook;
 * other entity forms and the add form are left alone.
 */
public abstract class CustomerFormExtension extends AbstractFormBuilderExtensionHandler {

    @Resource(name = "blFormBuilderExtensionManager")
    protected FormBuilderExtensionManager extensionManager;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyPopulatedEntityForm(EntityForm form, Entity entity) {
        Long customerId = CustomerForms.isSavedCustomer(form) ? CustomerForms.customerId(form) : null;
        if (customerId == null || !applies(entity)) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        extend(form, entity, customerId);
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    /** @return false to leave this customer's form alone (e.g. the admin user may not see the data) */
    protected boolean applies(Entity entity) {
        return true;
    }

    protected abstract void extend(EntityForm form, Entity entity, Long customerId);
}
