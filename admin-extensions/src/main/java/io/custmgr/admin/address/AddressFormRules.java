package io.custmgr.admin.address;

import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * The customer address editor shows the address book's "Default billing" / "Default shipping" choices; Broadleaf's
 * own single "Default Address" flag of the address row would contradict them, so the editor leaves it out.
 */
@Component("cmAddressFormRules")
public class AddressFormRules extends AbstractFormBuilderExtensionHandler {

    static final String HOST_DEFAULT_FLAG = "address.isDefault";

    @Resource(name = "blFormBuilderExtensionManager")
    protected FormBuilderExtensionManager extensionManager;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyUnpopulatedEntityForm(EntityForm form) {
        if (isCustomerAddress(form.getCeilingEntityClassname()) || isCustomerAddress(form.getEntityType())) {
            form.removeField(HOST_DEFAULT_FLAG);
            return ExtensionResultStatusType.HANDLED_CONTINUE;
        }
        return ExtensionResultStatusType.NOT_HANDLED;
    }

    private static boolean isCustomerAddress(String className) {
        if (className == null) {
            return false;
        }
        try {
            return CustomerAddress.class.isAssignableFrom(Class.forName(className));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
