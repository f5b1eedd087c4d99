package io.custmgr.site.assist;

import io.custmgr.site.web.assist.AssistanceController;
import org.broadleafcommerce.common.security.handler.CsrfFilter;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets the assistance token's POST through Broadleaf's storefront CSRF filter (bean {@code cmAssistanceCsrfExclusion},
 * nothing to wire): that POST comes from an admin page, which has no storefront token, and the single-use assistance
 * token it carries is the proof a forged request cannot have. Every {@link CsrfFilter} bean of the context gets
 * {@link AssistanceController#START_PATH} among its excluded patterns.
 */
public class AssistanceCsrfExclusion implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof CsrfFilter) {
            CsrfFilter filter = (CsrfFilter) bean;
            List<String> patterns = filter.getExcludedRequestPatterns() == null ? new ArrayList<String>()
                    : new ArrayList<String>(filter.getExcludedRequestPatterns());
            if (!patterns.contains(AssistanceController.START_PATH)) {
                patterns.add(AssistanceController.START_PATH);
            }
            filter.setExcludedRequestPatterns(patterns);
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean;
    }
}
