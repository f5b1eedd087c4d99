package io.custmgr.site.history;

import io.custmgr.history.service.NavigationHistoryService;
import io.custmgr.common.async.RateLimitedWarning;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.extension.AbstractExtensionHandler;
import org.broadleafcommerce.common.extension.ExtensionResultHolder;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.security.CustomerMergeExtensionHandler;
import org.broadleafcommerce.profile.web.core.security.CustomerMergeExtensionManager;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * When a visitor logs in or registers, Broadleaf merges the anonymous customer into the account; this moves the
 * anonymous customer's navigation history along (one set-based update). A failure here is logged and the login goes
 * on: history is worth less than a working login. Views still queued in the recorder at that moment stay with the
 * anonymous id.
 */
@Component("cmNavigationHistoryMergeHandler")
public class NavigationHistoryMergeHandler extends AbstractExtensionHandler implements CustomerMergeExtensionHandler {

    private static final Log LOG = LogFactory.getLog(NavigationHistoryMergeHandler.class);

    @Resource(name = "blCustomerMergeExtensionManager")
    protected CustomerMergeExtensionManager extensionManager;

    @Resource(name = "cmNavigationHistoryService")
    protected NavigationHistoryService historyService;

    private final RateLimitedWarning warning = new RateLimitedWarning(LOG, 60000L);

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType merge(ExtensionResultHolder<Customer> customerHolder, WebRequest request,
            Customer anonymousCustomer) {
        if (customerHolder == null || customerHolder.getResult() == null || request == null) {
            throw new IllegalArgumentException("customer holder, its customer and the request are required");
        }
        if (anonymousCustomer != null) {
            try {
                historyService.moveHistory(anonymousCustomer.getId(), customerHolder.getResult().getId());
            } catch (RuntimeException e) {
                warning.warn("Navigation history: anonymous views could not be moved to the account", e);
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }
}
