package io.custmgr.customer.confirmation.service;

import io.custmgr.common.web.CurrentRequest;
import io.custmgr.common.web.RequestOrigins;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Broadleaf's post-registration hook, so every registration path asks for confirmation: the link points to
 * {@link RegistrationConfirmationService#CONFIRM_PATH} on the storefront the shopper registered on, or on
 * {@code custmgr.storefront.url} for a registration outside a request.
 */
@Component("cmRegistrationConfirmationObserver")
public class RegistrationConfirmationObserver implements PostRegistrationObserver {

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cmRegistrationConfirmation")
    protected RegistrationConfirmationService confirmation;

    @Value("${custmgr.storefront.url:}")
    protected String storefrontUrl;

    @PostConstruct
    public void register() {
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        confirmation.startConfirmation(customer, confirmUrl());
    }

    protected String confirmUrl() {
        HttpServletRequest request = CurrentRequest.get();
        if (request != null) {
            return RequestOrigins.origin(request) + request.getContextPath()
                    + RegistrationConfirmationService.CONFIRM_PATH;
        }
        String base = storefrontUrl == null ? "" : storefrontUrl.trim();
        return base.isEmpty() ? null : base.replaceAll("/+$", "") + RegistrationConfirmationService.CONFIRM_PATH;
    }
}
