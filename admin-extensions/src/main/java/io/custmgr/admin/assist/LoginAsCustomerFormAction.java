package io.custmgr.admin.assist;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.FormExtras;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.customer.profile.domain.CustomerProfile;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * "Login as customer" on a saved customer's form, for admin users holding the permission: a button in the Access group,
 * next to the customer's consent (the form's toolbar has no room left: Broadleaf then squeezes the tab strip into a
 * scroller that hides the last tabs). It POSTs (with the admin's CSRF token) to the action that issues the single-use
 * token and opens the storefront. Whether this customer may be assisted is decided there, with the reason shown when
 * not (a guest, a deactivated customer, no consent…).
 */
@Component("cmLoginAsCustomerFormAction")
public class LoginAsCustomerFormAction extends CustomerFormExtension {

    public static final String BUTTON_CLASS = "custmgr-login-as-customer";
    /** Granted at login from the friendly permission "Login as Customer" (load_custmgr_admin_security.sql). */
    public static final String LOGIN_AS_PERMISSION = "PERMISSION_CUSTMGR_LOGIN_AS_CUSTOMER";
    public static final String PATH = "/login-as";
    static final String FIELD_NAME = "cmLoginAsCustomer";
    /** After the Access group's flags, the consent (400) last among them. */
    static final int FIELD_ORDER = 500;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Override
    protected boolean applies(Entity entity) {
        return permissions.holds(LOGIN_AS_PERMISSION);
    }

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        form.addField(FormExtras.action(FIELD_NAME, "LoginAsCustomer_Label", "LoginAsCustomer_Button", BUTTON_CLASS,
                "/" + customerId + PATH, FIELD_ORDER), CustomerProfile.ACCESS_GROUP, CustomerProfile.ACCESS_GROUP_ORDER,
                EntityForm.DEFAULT_TAB_NAME, EntityForm.DEFAULT_TAB_ORDER);
    }
}
