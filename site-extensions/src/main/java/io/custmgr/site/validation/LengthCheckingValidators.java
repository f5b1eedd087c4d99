package io.custmgr.site.validation;

import io.custmgr.common.validation.TextLengths;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.validation.Errors;

import java.util.Map;

/**
 * Puts the module's length rule in front of Broadleaf's storefront validators ({@code blRegisterCustomerValidator},
 * {@code blResetPasswordValidator}, …, see {@link BroadleafFormLimits}) whatever subclass a host or another module
 * gives them: each is wrapped in a
 * class proxy whose {@code validate} methods first refuse every field longer than its limit
 * ({@link BroadleafFormLimits}) and then, only when none is, run the validator. So Broadleaf's controllers answer
 * oversized input at the field, and neither Broadleaf's checks (which query by user name) nor the save ever see it.
 * <p>
 * Declared in the module's storefront root and servlet contexts: a post-processor sees only the beans of its own
 * context, and hosts scan Broadleaf's validators into either.
 */
public class LengthCheckingValidators implements BeanPostProcessor, BeanFactoryAware {

    private static final Log LOG = LogFactory.getLog(LengthCheckingValidators.class);

    private BeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (!BroadleafFormLimits.covers(bean)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new LengthCheck(bean));
        LOG.debug("Length rule added to " + beanName);
        return proxy.getProxy(bean.getClass().getClassLoader());
    }

    private final class LengthCheck implements MethodInterceptor {

        private final Object validator;
        private volatile Map<String, Integer> limits;

        LengthCheck(Object validator) {
            this.validator = validator;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Errors errors = "validate".equals(invocation.getMethod().getName()) ? errorsOf(invocation) : null;
            if (errors != null && rejectOversized(errors)) {
                return null; // the validate methods return nothing
            }
            return invocation.proceed();
        }

        private boolean rejectOversized(Errors errors) {
            boolean rejected = false;
            for (Map.Entry<String, Integer> limit : limits().entrySet()) {
                Object value = errors.getFieldValue(limit.getKey());
                if (value instanceof String && TextLengths.isTooLong((String) value, limit.getValue())) {
                    TextLengths.reject(errors, limit.getKey(), limit.getValue());
                    rejected = true;
                }
            }
            return rejected;
        }

        /** Looked up on first use: the limits read the persistence mapping, not ready while beans are created. */
        private Map<String, Integer> limits() {
            if (limits == null) {
                limits = beanFactory.getBean("cmBroadleafFormLimits", BroadleafFormLimits.class).limitsFor(validator);
            }
            return limits;
        }

        private Errors errorsOf(MethodInvocation invocation) {
            for (Object argument : invocation.getArguments()) {
                if (argument instanceof Errors) {
                    return (Errors) argument;
                }
            }
            return null;
        }
    }
}
