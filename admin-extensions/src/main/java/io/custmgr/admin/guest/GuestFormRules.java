package io.custmgr.admin.guest;

import io.custmgr.admin.common.CustomerForms;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.EntityFormAction;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * On a guest profile's form, the fields that only mean something for an account (user name, e-mail address used to
 * sign in, registered and deactivated flags, challenge question, newsletter) are shown read-only: a guest has no
 * account to manage until it is converted, which the form's "Convert to account" button does.
 */
@Component("cmGuestFormRules")
public class GuestFormRules extends AbstractFormBuilderExtensionHandler {

    public static final String GUEST_PROPERTY = "guestProfile.guest";
    public static final String CONVERT_BUTTON_CLASS = "custmgr-convert-guest";
    static final List<String> ACCOUNT_FIELDS = Collections.unmodifiableList(Arrays.asList("username",
            "emailAddress", "registered", "deactivated", "receiveEmail", "challengeQuestion", "challengeAnswer"));

    @Resource(name = "blFormBuilderExtensionManager")
    protected FormBuilderExtensionManager extensionManager;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyPopulatedEntityForm(EntityForm form, Entity entity) {
        if (!CustomerForms.isSavedCustomer(form) || !isGuest(entity)) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        form.addAction(new EntityFormAction(CONVERT_BUTTON_CLASS)
                .withButtonClass(CONVERT_BUTTON_CLASS)
                .withButtonType("button")
                .withIconClass("icon-user")
                .withDisplayText("GuestConversion_Button")
                .withUrlPostfix("/" + form.getId() + "/convert-guest"));
        for (String name : ACCOUNT_FIELDS) {
            Field field = form.findField(name);
            if (field != null) {
                field.setReadOnly(true);
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    public static boolean isGuest(Entity entity) {
        Property guest = entity == null ? null : entity.findProperty(GUEST_PROPERTY);
        return guest != null && "true".equalsIgnoreCase(guest.getValue());
    }
}
