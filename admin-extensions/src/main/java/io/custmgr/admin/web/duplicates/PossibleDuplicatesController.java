package io.custmgr.admin.web.duplicates;

import io.custmgr.admin.duplicates.PossibleDuplicatesSettings;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.audit.service.AuditActors;
import io.custmgr.duplicates.dto.DuplicatePairPage;
import io.custmgr.duplicates.dto.MatchKeyRefresh;
import io.custmgr.duplicates.service.DuplicateCustomerFinder;
import io.custmgr.duplicates.service.RefreshRunningException;
import io.custmgr.duplicates.type.DuplicateReason;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import static io.custmgr.admin.security.AdminOperation.READ;
import static io.custmgr.admin.security.AdminOperation.UPDATE;

/**
 * Customer Care → Possible Duplicates: pairs of customers likely the same person, filterable by reason, paged, each
 * with a link to the merge preview; "Refresh" (POST with the admin's CSRF token) rebuilds the match keys. Reading
 * needs the permission to read customers, refreshing the permission to update them.
 */
@Controller("cmPossibleDuplicatesController")
@RequestMapping("/" + PossibleDuplicatesController.SECTION_KEY)
public class PossibleDuplicatesController extends AdminAbstractController {

    static final String SECTION_KEY = "customer-duplicates";
    private static final Log LOG = LogFactory.getLog(PossibleDuplicatesController.class);

    @Resource(name = "cmDuplicateCustomerFinder")
    protected DuplicateCustomerFinder finder;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @Resource(name = "cmPossibleDuplicatesSettings")
    protected PossibleDuplicatesSettings settings;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model, @RequestParam(value = "reason", required = false) String reasonCode,
            @RequestParam(value = "page", defaultValue = "0") int page) throws ServiceException {
        permissions.check(READ, Customer.class);
        DuplicateReason reason = DuplicateReason.fromCode(reasonCode);
        boolean unknownReason = reason == null && reasonCode != null && !reasonCode.trim().isEmpty();
        DuplicatePairPage pairs = finder.findPairs(reason, page, settings.getPageSize());

        model.addAttribute("pairs", pairs);
        model.addAttribute("reasons", Arrays.asList(DuplicateReason.values()));
        model.addAttribute("reason", reason == null ? "" : reason.getCode());
        model.addAttribute("unknownReason", unknownReason);
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "custmgr/possibleDuplicates");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/refresh", method = RequestMethod.POST)
    public String refresh(HttpServletRequest request, RedirectAttributes redirect,
            @RequestParam(value = "reason", required = false) String reasonCode) throws ServiceException {
        permissions.check(UPDATE, Customer.class);
        csrf.check(request);
        try {
            MatchKeyRefresh refresh = finder.refreshKeys();
            LOG.info("Possible duplicates refreshed by admin user " + AuditActors.currentName() + ": "
                    + refresh.getKeys() + " keys, " + refresh.getCommonKeysDropped() + " common ones dropped, "
                    + refresh.getMillis() + " ms");
            redirect.addFlashAttribute("refreshedKeys", refresh.getKeys());
        } catch (RefreshRunningException e) {
            redirect.addFlashAttribute("refreshRunning", true);
        }
        DuplicateReason reason = DuplicateReason.fromCode(reasonCode);
        if (reason != null) {
            redirect.addAttribute("reason", reason.getCode());
        }
        return "redirect:/" + SECTION_KEY;
    }
}
