package io.custmgr.site.activity;

import io.custmgr.activity.service.ActivityRecorder;
import io.custmgr.activity.type.ActivityEventType;
import org.broadleafcommerce.profile.core.service.CustomerUserDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Logs a storefront sign-out, then redirects like {@code logout-success-url} would. The host names it in its
 * {@code <sec:logout success-handler-ref="cmActivityLogoutSuccessHandler"/>}; the target is
 * {@code custmgr.activity.logoutTargetUrl}.
 */
public class ActivityLogoutSuccessHandler extends SimpleUrlLogoutSuccessHandler {

    private final ActivityRecorder recorder;

    public ActivityLogoutSuccessHandler(ActivityRecorder recorder, String targetUrl) {
        this.recorder = recorder;
        setDefaultTargetUrl(targetUrl);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (authentication != null && authentication.getPrincipal() instanceof CustomerUserDetails) {
            recorder.record(recorder.draft(ActivityEventType.LOGOUT)
                    .customer(((CustomerUserDetails) authentication.getPrincipal()).getId()));
        }
        super.onLogoutSuccess(request, response, authentication);
    }
}
