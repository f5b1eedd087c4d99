package io.custmgr.admin.customer.account;

import io.custmgr.admin.common.CustomerForms;
import io.custmgr.admin.common.FormExtras;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * "Send password link" on the admin's Add Customer form, ticked by default: the new account is mailed a link to set
 * its password (the admin never types a password for a customer). Kept as the merchant left it when the form comes
 * back with field errors. Read by {@link CustomerAccountPersistenceHandler#add}.
 */
@Component("cmPasswordLinkField")
public class PasswordLinkField extends AbstractFormBuilderExtensionHandler {

    public static final String NAME = "cmSendPasswordLink";
    static final String GROUP = "CustomerAccount_NewAccountGroup";
    static final int GROUP_ORDER = 2500;

    @Resource(name = "blFormBuilderExtensionManager")
    protected FormBuilderExtensionManager extensionManager;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyUnpopulatedEntityForm(EntityForm form) {
        if (!isAddForm(form)) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        add(form, "true");
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    /** The add form again, after Broadleaf refused what was submitted: as the merchant left the box. */
    @Override
    public ExtensionResultStatusType modifyPopulatedEntityForm(EntityForm form, Entity entity) {
        if (!isAddForm(form) || form.findField(NAME) != null) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        Property submitted = entity == null ? null : entity.findProperty(NAME);
        add(form, submitted != null && "true".equalsIgnoreCase(submitted.getValue()) ? "true" : "false");
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    private static void add(EntityForm form, String value) {
        String tab = CustomerForms.firstTab(form) == null ? null : CustomerForms.firstTab(form).getTitle();
        form.addField(new Field().withName(NAME).withFriendlyName("CustomerAccount_SendPasswordLink")
                .withFieldType(FormExtras.CHECKBOX_TYPE).withValue(value).withOrder(1).withReadOnly(false),
                GROUP, GROUP_ORDER, tab, null);
    }

    private static boolean isAddForm(EntityForm form) {
        return (form.getId() == null || form.getId().isEmpty())
                && Customer.class.getName().equals(form.getCeilingEntityClassname());
    }
}
