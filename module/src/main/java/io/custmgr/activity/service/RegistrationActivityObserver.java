package io.custmgr.activity.service;

import io.custmgr.activity.type.ActivityEventType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/** Logs a registration through Broadleaf's post-registration hook of {@code blCustomerService}. */
@Component("cmRegistrationActivityObserver")
public class RegistrationActivityObserver implements PostRegistrationObserver {

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cmActivityRecorder")
    protected ActivityRecorder recorder;

    @PostConstruct
    public void register() {
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        if (customer != null && customer.getId() != null) {
            recorder.record(recorder.draft(ActivityEventType.REGISTRATION).customer(customer.getId()));
        }
    }
}
