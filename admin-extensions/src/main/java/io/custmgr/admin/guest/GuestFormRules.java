package io.custmgr.admin.guest;

import io.custmgr.admin.common.CustomerFormExtension;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.EntityFormAction;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;


/**
 * On a guest profile's form, the fields that only mean something for an account (user name, e-mail address used to
 * sign in, registered and deactivated flags, challenge question, newsletter) are shown read-only: a guest has no
 * account to manage until it is converted, which the form's "Convert to account" button does.
 */
@Component("cmGuestFormRules")
public class GuestFormRules extends CustomerFormExtension {

    public static final String GUEST_PROPERTY = "guestProfile.guest";
    public static final String CONVERT_BUTTON_CLASS = "custmgr-convert-guest";
    static final List<String> ACCOUNT_FIELDS = Collections.unmodifiableList(Arrays.asList("username",
            "emailAddress", "registered", "deactivated", "receiveEmail", "challengeQuestion", "challengeAnswer"));

    @Override
    protected boolean applies(Entity entity) {
        return isGuest(entity);
    }

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
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
    }

    public static boolean isGuest(Entity entity) {
        Property guest = entity == null ? null : entity.findProperty(GUEST_PROPERTY);
        return guest != null && "true".equalsIgnoreCase(guest.getValue());
    }
}
