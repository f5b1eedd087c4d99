package io.custmgr.security.password;

import io.custmgr.common.spring.BeanProxies;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

/**
 * Broadleaf's {@code saveCustomer} hashes the customer's transient unencoded password on every save while it is set,
 * and Broadleaf leaves it set on the instance it registered or changed the password of (the registration form's
 * customer stays the session's customer). With a deterministic hash that was harmless; bcrypt salts each hash anew,
 * so every later save of that instance would store a new hash of the same password, which the activity log and the
 * audit trail rightly report as a password change. This wrapper of {@code blCustomerService} (bean
 * {@code cmStablePasswordSaves}) drops the unencoded password before a save when the stored hash already is that
 * password: a real change (another password) is hashed as before.
 */
public class StablePasswordSaves implements BeanPostProcessor {

    private String beanName = "blCustomerService";

    /** The id of the customer service to wrap (default Broadleaf's {@code blCustomerService}). */
    public void setBeanName(String beanName) {
        this.beanName = beanName;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        return beanName.equals(name) && bean instanceof CustomerService
                ? BeanProxies.wrap(bean, new Stable((CustomerService) bean)) : bean;
    }

    /** Whether saving would only hash the stored password again. */
    static boolean isRehashOfStoredPassword(CustomerService service, Customer customer) {
        String raw = customer.getUnencodedPassword();
        String stored = customer.getPassword();
        return raw != null && stored != null && !stored.isEmpty() && service.isPasswordValid(raw, stored, customer);
    }

    private static final class Stable implements InvocationHandler {

        private final CustomerService target;

        Stable(CustomerService target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if ("saveCustomer".equals(method.getName()) && args != null && args.length > 0
                    && args[0] instanceof Customer && isRehashOfStoredPassword(target, (Customer) args[0])) {
                ((Customer) args[0]).setUnencodedPassword(null);
            }
            return BeanProxies.call(target, method, args);
        }
    }
}
