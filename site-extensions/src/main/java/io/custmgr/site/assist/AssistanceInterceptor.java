package io.custmgr.site.assist;

import io.custmgr.assist.service.AssistanceService;
import io.custmgr.assist.service.AssistedSession;
import io.custmgr.assist.service.CurrentAssistance;
import io.custmgr.site.common.GuardedPaths;
import io.custmgr.site.common.RequestPaths;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Every storefront request of a session an admin user opened as a customer ("Login as customer"), before its
 * controller: puts the {@link AssistedSession} on the request as {@value #BANNER_ATTRIBUTE} for the layout's banner
 * ("Signed in as … by … — Finish session"), and sends requests for the paths of {@code custmgr.assist.blockedPaths}
 * (password and e-mail changes) to their target instead. When the browser session is no longer the customer's
 * (someone signed in to another account, or out), the assistance ends there. Registered for every handler by the
 * module's storefront servlet context.
 */
public class AssistanceInterceptor extends HandlerInterceptorAdapter {

    /** Request attribute holding the {@link AssistedSession} on assisted requests; absent otherwise. */
    public static final String BANNER_ATTRIBUTE = "cmAssistance";

    static final String BLOCKED_MESSAGE = "Not while signed in as the customer: customers change their password "
            + "and e-mail address themselves.";

    private final AssistanceService assistance;
    private final GuardedPaths blockedPaths;

    /** @param blockedPaths {@code /path=/redirect-target,...} ({@code custmgr.assist.blockedPaths}) */
    public AssistanceInterceptor(AssistanceService assistance, String blockedPaths) {
        this.assistance = assistance;
        this.blockedPaths = GuardedPaths.parse(blockedPaths);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        AssistedSession assisted = CurrentAssistance.of(request);
        if (assisted == null) {
            return true;
        }
        Customer customer = CustomerState.getCustomer(request);
        if (customer == null || customer.getId() == null || customer.getId() != assisted.getCustomerId()) {
            end(request, assisted);
            return true;
        }
        String path = RequestPaths.pathOf(request);
        if (blockedPaths.isGuarded(path)) {
            blockedPaths.refuse(request, response, path, BLOCKED_MESSAGE);
            return false;
        }
        request.setAttribute(BANNER_ATTRIBUTE, assisted);
        return true;
    }

    private void end(HttpServletRequest request, AssistedSession assisted) {
        assistance.finish(assisted, AssistanceService.SIGNED_IN_ELSEWHERE);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CurrentAssistance.SESSION_ATTRIBUTE);
        }
    }
}
