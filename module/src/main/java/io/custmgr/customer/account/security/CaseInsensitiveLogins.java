package io.custmgr.customer.account.security;

import io.custmgr.common.spring.BeanProxies;
import io.custmgr.common.spring.BeanWrapping;
import io.custmgr.customer.account.domain.LoginMatch;
import io.custmgr.customer.account.domain.SharedLoginException;
import io.custmgr.customer.account.service.CustomerAccountService;
import org.broadleafcommerce.profile.core.dao.CustomerDao;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.beans.BeansException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Makes the host's customer lookups ignore case and blanks around the address, whatever class the host has behind
 * them: Broadleaf's {@code blCustomerDao} (by user name and by e-mail: sign-in state, registration and account
 * validators, forgot and reset password, host code) and {@code blUserDetailsService} (sign-in, which then runs with the
 * account's stored user name, so salts and the principal stay as they were). An exact match still wins; otherwise
 * the lookup runs again with the stored user name of the account holding the address's login key (read from the
 * database, never from a cache another webapp's change would leave stale). Sign-in with an address several accounts share is refused
 * ({@link SharedLoginException}). Passwords are checked exactly as before.
 *
 * <p>Collaborators are looked up when first used: a post-processor must not make other beans start early.
 */
public class CaseInsensitiveLogins extends BeanWrapping {

    public static final String CUSTOMER_DAO = "blCustomerDao";
    public static final String USER_DETAILS_SERVICE = "blUserDetailsService";

    private static final Set<String> LOOKUPS = new HashSet<String>(Arrays.asList("readCustomerByUsername",
            "readCustomersByUsername", "readCustomerByEmail", "readCustomersByEmail"));

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (CUSTOMER_DAO.equals(beanName) && bean instanceof CustomerDao) {
            return BeanProxies.wrap(bean, new CustomerLookups((CustomerDao) bean));
        }
        if (USER_DETAILS_SERVICE.equals(beanName) && bean instanceof UserDetailsService) {
            return BeanProxies.wrap(bean, new UserLookups((UserDetailsService) bean));
        }
        return bean;
    }

    private LoginMatch match(String typed) {
        return beanFactory.getBean("cmCustomerAccountService", CustomerAccountService.class).findLogin(typed);
    }

    private final class CustomerLookups implements InvocationHandler {

        private final CustomerDao target;

        CustomerLookups(CustomerDao target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object exact = BeanProxies.call(target, method, args);
            if (!LOOKUPS.contains(method.getName()) || args == null || !(args[0] instanceof String) || found(exact)) {
                return exact;
            }
            String username = match((String) args[0]).getUsername();
            if (username == null || username.equals(args[0])) {
                return exact;
            }
            // the same lookup by the account's stored user name: fresh or cached as the caller asked
            Customer customer = args.length > 1 && args[1] instanceof Boolean
                    ? target.readCustomerByUsername(username, (Boolean) args[1])
                    : target.readCustomerByUsername(username);
            if (customer == null) {
                return exact;
            }
            return method.getName().startsWith("readCustomers") ? Collections.singletonList(customer) : customer;
        }

        private boolean found(Object exact) {
            return exact instanceof Collection ? !((Collection<?>) exact).isEmpty() : exact != null;
        }
    }

    private final class UserLookups implements InvocationHandler {

        private final UserDetailsService target;

        UserLookups(UserDetailsService target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (!"loadUserByUsername".equals(method.getName()) || args == null || !(args[0] instanceof String)) {
                return BeanProxies.call(target, method, args);
            }
            LoginMatch match = match((String) args[0]);
            if (match.isShared()) {
                throw new SharedLoginException();
            }
            String username = match.getUsername() != null ? match.getUsername() : (String) args[0];
            return target.loadUserByUsername(username);
        }
    }
}
