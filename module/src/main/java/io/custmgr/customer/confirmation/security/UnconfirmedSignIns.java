package io.custmgr.customer.confirmation.security;

import io.custmgr.common.spring.BeanProxies;
import io.custmgr.common.spring.BeanWrapping;
import io.custmgr.common.web.CurrentRequest;
import io.custmgr.customer.confirmation.service.RegistrationConfirmationService;
import org.broadleafcommerce.profile.core.service.CustomerUserDetails;
import org.springframework.beans.BeansException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

import javax.servlet.http.HttpServletRequest;

/**
 * Keeps accounts that must confirm their e-mail first from signing in, whatever signs them in: Broadleaf's
 * {@code blUserDetailsService} hands such an account out as {@link UnconfirmedCustomerUserDetails}, which Spring
 * Security refuses once the password is checked; Broadleaf's {@code blLoginService} (which its register controller
 * calls right after registering) then leaves the shopper signed out instead of failing the registration, and marks
 * the request with {@link #PENDING_ATTRIBUTE} for the page that follows.
 */
public class UnconfirmedSignIns extends BeanWrapping {

    public static final String USER_DETAILS_SERVICE = "blUserDetailsService";
    public static final String LOGIN_SERVICE = "blLoginService";
    /** Request attribute: the registration just made waits for its e-mail to be confirmed. */
    public static final String PENDING_ATTRIBUTE = "cmConfirmationPending";

    @Override
    public Object postProcessAfterInitialization(final Object bean, String beanName) throws BeansException {
        if (USER_DETAILS_SERVICE.equals(beanName) && bean instanceof UserDetailsService) {
            return BeanProxies.wrap(bean, new InvocationHandler() {
                @Override
                public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                    Object user = BeanProxies.call(bean, method, args);
                    if ("loadUserByUsername".equals(method.getName()) && user instanceof CustomerUserDetails
                            && !(user instanceof UnconfirmedCustomerUserDetails)
                            && !confirmation().maySignIn(((CustomerUserDetails) user).getId())) {
                        return new UnconfirmedCustomerUserDetails((CustomerUserDetails) user);
                    }
                    return user;
                }
            });
        }
        if (LOGIN_SERVICE.equals(beanName)) { // Broadleaf's LoginService (profile-web), by its bean id
            return BeanProxies.wrap(bean, new InvocationHandler() {
                @Override
                public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                    try {
                        return BeanProxies.call(bean, method, args);
                    } catch (CredentialsExpiredException e) {
                        if (!"loginCustomer".equals(method.getName()) || !UnconfirmedCustomerUserDetails.in(e)) {
                            throw e;
                        }
                        markPending();
                        return null;
                    }
                }
            });
        }
        return bean;
    }

    private RegistrationConfirmationService confirmation() {
        return beanFactory.getBean("cmRegistrationConfirmation", RegistrationConfirmationService.class);
    }

    private static void markPending() {
        HttpServletRequest request = CurrentRequest.get();
        if (request != null) {
            request.setAttribute(PENDING_ATTRIBUTE, Boolean.TRUE);
        }
    }
}
