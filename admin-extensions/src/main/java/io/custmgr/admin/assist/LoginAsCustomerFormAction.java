package io.custmgr.admin.assist;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.security.AdminPermissions;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.EntityFormAction;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * "Login as customer" on a saved customer's form, for admin users holding the permission: POSTs (with the admin's
 * CSRF token) to the action that issues the single-use token and opens the storefront. Whether this customer may be
 * assisted is decided there, with the reason shown when not (a guest, a deactivated customer, no consent…).
 */
@Component("cmLoginAsCustomerFormAction")
public class LoginAsCustomerFormAction extends CustomerFormExtension {

    public static final String BUTTON_CLASS = "custmgr-login-as-customer";
    /** Granted at login from the friendly permission "Login as Customer" (load_custmgr_admin_security.sql). */
    public static final String LOGIN_AS_PERMISSION = "PERMISSION_CUSTMGR_LOGIN_AS_CUSTOMER";
    public static final String PATH = "/login-as";

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Override
    protected boolean applies(Entity entity) {
        return permissions.holds(LOGIN_AS_PERMISSION);
    }

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        form.addAction(new EntityFormAction(BUTTON_CLASS)
                .withButtonClass(BUTTON_CLASS)
                .withButtonType("button")
                .withIconClass("icon-signin")
                .withDisplayText("LoginAsCustomer_Button")
                .withUrlPostfix("/" + customerId + PATH));
    }
}
