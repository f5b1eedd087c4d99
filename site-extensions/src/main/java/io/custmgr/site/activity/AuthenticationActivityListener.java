package io.custmgr.site.activity;

import io.custmgr.activity.service.ActivityRecorder;
import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.common.validation.ColumnLimits;
import io.custmgr.common.validation.TextLengths;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerUserDetails;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * Logs storefront sign-ins and failed sign-ins from the events Spring Security publishes in the storefront context
 * (the login filter publishes interactive successes, the namespace's authentication manager publishes failures).
 * A failed attempt is logged on the customer whose user name was typed, if there is one; the typed password never
 * leaves the event. A typed name longer than the user name column belongs to nobody and is not logged.
 */
@Component("cmAuthenticationActivityListener")
public class AuthenticationActivityListener implements ApplicationListener<AbstractAuthenticationEvent> {

    @Resource(name = "cmActivityRecorder")
    protected ActivityRecorder recorder;

    @Resource(name = "cmColumnLimits")
    protected ColumnLimits columnLimits;

    @Override
    public void onApplicationEvent(AbstractAuthenticationEvent event) {
        Authentication authentication = event.getAuthentication();
        if (event instanceof InteractiveAuthenticationSuccessEvent) {
            Object principal = authentication.getPrincipal();
            if (principal instanceof CustomerUserDetails) {
                recorder.record(recorder.draft(ActivityEventType.LOGIN)
                        .customer(((CustomerUserDetails) principal).getId()));
            }
        } else if (event instanceof AbstractAuthenticationFailureEvent) {
            String username = authentication.getName();
            // a name longer than the column is nobody's, and would only fail the writer's lookup
            if (username != null && !username.isEmpty()
                    && !TextLengths.isTooLong(username, columnLimits.maxLength(Customer.class, "username"))) {
                Exception reason = ((AbstractAuthenticationFailureEvent) event).getException();
                recorder.record(recorder.draft(ActivityEventType.LOGIN_FAILED).customerByUsername(username)
                        .detail(reason == null ? null : reason.getClass().getSimpleName()));
            }
        }
    }
}
