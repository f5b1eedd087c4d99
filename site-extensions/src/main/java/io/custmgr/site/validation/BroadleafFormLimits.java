package io.custmgr.site.validation;

import io.custmgr.common.validation.ColumnLimits;
import org.broadleafcommerce.core.web.controller.account.validator.ChangePasswordValidator;
import org.broadleafcommerce.core.web.controller.account.validator.CustomerAddressValidator;
import org.broadleafcommerce.core.web.controller.account.validator.UpdateAccountValidator;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.domain.CustomerForgotPasswordSecurityToken;
import org.broadleafcommerce.profile.core.service.validator.ResetPasswordValidator;
import org.broadleafcommerce.profile.web.controller.validator.RegisterCustomerValidator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The longest value of each field of Broadleaf's storefront forms, by the validator that checks the form: the
 * columns the values are stored in or looked up by, and the module's password policy for passwords (stored
 * encoded, so no column limits them). Read by {@link LengthCheckingValidators}.
 */
@Component("cmBroadleafFormLimits")
public class BroadleafFormLimits {

    private static final Class<?>[] VALIDATORS = {RegisterCustomerValidator.class, ResetPasswordValidator.class,
        UpdateAccountValidator.class, ChangePasswordValidator.class, CustomerAddressValidator.class};

    @Resource(name = "cmColumnLimits")
    protected ColumnLimits columns;

    @Value("${custmgr.account.password.maxLength}")
    protected int passwordMaxLength;

    /** @return whether {@link #limitsFor} knows the form of this validator (a Broadleaf one, or a subclass) */
    public static boolean covers(Object validator) {
        for (Class<?> type : VALIDATORS) {
            if (type.isInstance(validator)) {
                return true;
            }
        }
        return false;
    }

    /** @return longest length by field path of the form {@code validator} checks; empty for other validators */
    public Map<String, Integer> limitsFor(Object validator) {
        Map<String, Integer> limits = new LinkedHashMap<String, Integer>();
        if (validator instanceof RegisterCustomerValidator) {
            limits.put("customer.firstName", columns.maxLength(Customer.class, "firstName"));
            limits.put("customer.lastName", columns.maxLength(Customer.class, "lastName"));
            limits.put("customer.emailAddress", columns.narrowest(Customer.class, "emailAddress", Customer.class,
                    "username"));
            passwords(limits, "password", "passwordConfirm");
        } else if (validator instanceof ResetPasswordValidator) {
            limits.put("username", columns.maxLength(Customer.class, "username"));
            limits.put("token", columns.maxLength(CustomerForgotPasswordSecurityToken.class, "token"));
            passwords(limits, "password", "passwordConfirm");
        } else if (validator instanceof UpdateAccountValidator) {
            limits.put("emailAddress", columns.narrowest(Customer.class, "emailAddress", Customer.class,
                    "username"));
            limits.put("firstName", columns.maxLength(Customer.class, "firstName"));
            limits.put("lastName", columns.maxLength(Customer.class, "lastName"));
        } else if (validator instanceof ChangePasswordValidator) {
            passwords(limits, "currentPassword", "newPassword", "newPasswordConfirm");
        } else if (validator instanceof CustomerAddressValidator) {
            limits.put("addressName", columns.maxLength(CustomerAddress.class, "addressName"));
            for (String field : new String[] {"firstName", "lastName", "companyName", "addressLine1",
                "addressLine2", "city", "postalCode", "primaryPhone"}) {
                limits.put("address." + field, columns.maxLength(Address.class, field));
            }
        }
        return Collections.unmodifiableMap(limits);
    }

    private void passwords(Map<String, Integer> limits, String... fields) {
        for (String field : fields) {
            limits.put(field, passwordMaxLength);
        }
    }
}
