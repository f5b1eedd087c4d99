package io.custmgr.accountaudit.service;

import io.custmgr.common.web.ClientIpResolver;
import io.custmgr.customer.profile.domain.ProfiledCustomer;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

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
        if (customer instanceof ProfiledCustomer) {
            String ip = ipResolver.resolveCurrent();
            if (ip != null && ((ProfiledCustomer) customer).getCustomerProfile().getRegistrationIp() == null) {
                ((ProfiledCustomer) customer).getCustomerProfile().setRegistrationIp(ip);
            }
        }
    }
}
