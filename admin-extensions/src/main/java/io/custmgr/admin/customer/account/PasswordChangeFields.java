package io.custmgr.admin.customer.account;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.CustomerForms;
import io.custmgr.admin.common.FormExtras;
import io.custmgr.admin.guest.GuestFormRules;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.springframework.stereotype.Component;


/**
 * A "Change password" group on a registered customer's form: new password, its confirmation and an explicit "Update
 * password" checkbox. The fields belong to no entity property, so Broadleaf's persistence ignores them and only
 * {@link CustomerAccountPersistenceHandler} reads them; they are always rendered empty.
 */
@Component("cmPasswordChangeFields")
public class PasswordChangeFields extends CustomerFormExtension {

    public static final String NEW_PASSWORD = "cmNewPassword";
    public static final String CONFIRMATION = "cmNewPasswordConfirm";
    public static final String UPDATE_SWITCH = "cmUpdatePassword";
    static final String GROUP = "CustomerAccount_PasswordGroup";
    private static final int GROUP_ORDER = 2500;

    @Override
    protected boolean applies(Entity entity) {
        return !GuestFormRules.isGuest(entity);
    }

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        String tab = CustomerForms.firstTab(form) == null ? null : CustomerForms.firstTab(form).getTitle();
        add(form, new Field().withName(UPDATE_SWITCH).withFriendlyName("CustomerAccount_UpdatePassword")
                .withFieldType(FormExtras.CHECKBOX_TYPE).withValue("false").withOrder(1), tab);
        add(form, new Field().withName(NEW_PASSWORD).withFriendlyName("CustomerAccount_NewPassword")
                .withFieldType("PASSWORD").withValue("").withOrder(2), tab);
        add(form, new Field().withName(CONFIRMATION).withFriendlyName("CustomerAccount_NewPasswordConfirm")
                .withFieldType("PASSWORD").withValue("").withOrder(3), tab);
    }

    private static void add(EntityForm form, Field field, String tab) {
        form.addField(field.withReadOnly(false), GROUP, GROUP_ORDER, tab, null);
    }
}
