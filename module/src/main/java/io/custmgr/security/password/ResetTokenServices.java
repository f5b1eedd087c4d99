package io.custmgr.security.password;

import io.custmgr.common.spring.BeanProxies;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the password reset operations of Broadleaf's customer and admin security services in a
 * {@link ResetTokenScope} (bean {@code cmResetTokenServices}), whatever class the host has behind the bean ids:
 * mailing a reset link, checking its token and resetting the password with it. A reset's new password is the third
 * argument of {@code resetPasswordUsingToken} in both services.
 *
 * <p>Not {@code Ordered}: it wraps the services after Spring's transactional proxies, so their transactions stay.
 */
public class ResetTokenServices implements BeanPostProcessor {

    static final Set<String> TOKEN_OPERATIONS = Collections.unmodifiableSet(new HashSet<String>(Arrays.asList(
            "sendForgotPasswordNotification", "sendResetPasswordNotification", "checkPasswordResetToken",
            "resetPasswordUsingToken")));
    static final String RESET = "resetPasswordUsingToken";
    private static final int RESET_NEW_PASSWORD = 2;

    private List<String> beanNames = Arrays.asList("blCustomerService", "blAdminSecurityService");

    /** The ids of the services to wrap (default: Broadleaf's customer and admin security services). */
    public void setBeanNames(List<String> beanNames) {
        this.beanNames = beanNames;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return beanNames.contains(beanName) ? BeanProxies.wrap(bean, new Scoped(bean)) : bean;
    }

    private static final class Scoped implements InvocationHandler {

        private final Object target;

        Scoped(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (!TOKEN_OPERATIONS.contains(method.getName())) {
                return BeanProxies.call(target, method, args);
            }
            String newPassword = RESET.equals(method.getName()) && args != null && args.length > RESET_NEW_PASSWORD
                    && args[RESET_NEW_PASSWORD] instanceof String ? (String) args[RESET_NEW_PASSWORD] : null;
            Object outer = ResetTokenScope.open(newPassword);
            try {
                return BeanProxies.call(target, method, args);
            } finally {
                ResetTokenScope.close(outer);
            }
        }
    }
}
