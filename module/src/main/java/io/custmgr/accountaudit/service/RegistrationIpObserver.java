package io.custmgr.accountaudit.service;

import io.custmgr.common.web.ClientIpResolver;
import io.custmgr.customer.profile.domain.ProfiledCustomer;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Writes the client IP on the customer at registration (Broadleaf's post-registration hook of
 * {@code blCustomerService}, inside its registration transaction, so the IP is stored with the customer).
 */
@Component("cmRegistrationIpObserver")
public class RegistrationIpObserver implements PostRegistrationObserver {

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cmClientIpResolver")
    protected ClientIpResolver ipResolver;

    @PostConstruct
    public void register() {
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        HttpServletRequest request = currentRequest();
        if (customer instanceof ProfiledCustomer && request != null) {
            String ip = ipResolver.resolve(request);
            if (ip != null && ((ProfiledCustomer) customer).getCustomerProfile().getRegistrationIp() == null) {
                ((ProfiledCustomer) customer).getCustomerProfile().setRegistrationIp(ip);
            }
        }
    }

    protected HttpServletRequest currentRequest() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        if (context != null && context.getRequest() != null) {
            return context.getRequest();
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes
                ? ((ServletRequestAttributes) attributes).getRequest() : null;
    }
}
