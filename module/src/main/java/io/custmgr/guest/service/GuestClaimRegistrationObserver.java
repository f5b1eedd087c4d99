package io.custmgr.guest.service;

import io.custmgr.common.web.CurrentRequest;
import io.custmgr.common.web.RequestOrigins;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * After a storefront registration (Broadleaf's post-registration hook), offers the guest profile of the new account's
 * e-mail; the link points to {@link GuestClaimService#CLAIM_PATH} on the storefront the shopper registered on.
 */
@Component("cmGuestClaimRegistrationObserver")
public class GuestClaimRegistrationObserver implements PostRegistrationObserver {

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cmGuestClaimService")
    protected GuestClaimService claimService;

    @PostConstruct
    public void register() {
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        HttpServletRequest request = CurrentRequest.get();
        if (request != null) {
            claimService.offerClaim(customer,
                    RequestOrigins.origin(request) + request.getContextPath() + GuestClaimService.CLAIM_PATH);
        }
    }
}
