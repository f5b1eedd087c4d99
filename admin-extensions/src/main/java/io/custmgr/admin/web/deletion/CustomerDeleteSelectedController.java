package io.custmgr.admin.web.deletion;

import io.custmgr.admin.customer.deletion.CustomerDeleteAccess;
import io.custmgr.customer.deletion.service.CustomerDeletionRefusedException;
import io.custmgr.customer.deletion.service.CustomerDeletionReport;
import io.custmgr.customer.deletion.service.CustomerDeletionService;
import io.custmgr.customer.deletion.service.DeletionCandidate;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

/**
 * "Delete selected" on the customer list: GET shows the ticked customers and which of them a rule keeps (nothing
 * written); the POST (CSRF token checked) deletes the others in one transaction and shows the report, deleted and
 * refused with the reason. Needs Broadleaf's delete permission on customers.
 */
@Controller("cmCustomerDeleteSelectedController")
@RequestMapping("/customer" + DeleteSelectedAction.URL_POSTFIX)
public class CustomerDeleteSelectedController extends AdminAbstractController {

    /** More than a list page shows; a selection beyond it is refused rather than cut. */
    static final int MAX_SELECTED = 500;

    @Resource(name = "cmCustomerDeletionService")
    protected CustomerDeletionService deletionService;

    @Resource(name = "cmCustomerDeleteAccess")
    protected CustomerDeleteAccess access;

    @Resource(name = "blExploitProtectionService")
    protected ExploitProtectionService exploitProtection;

    @RequestMapping(method = RequestMethod.GET)
    public String confirm(Model model, @RequestParam(value = "ids", required = false) List<Long> ids)
            throws ServiceException {
        access.checkDelete();
        Set<Long> selected = selection(ids);
        if (selected.isEmpty() || selected.size() > MAX_SELECTED) {
            return "redirect:/customer";
        }
        List<DeletionCandidate> candidates = deletionService.preview(selected);
        int deletable = 0;
        for (DeletionCandidate candidate : candidates) {
            deletable += candidate.isDeletable() ? 1 : 0;
        }
        model.addAttribute("candidates", candidates);
        model.addAttribute("deletable", deletable);
        model.addAttribute("csrfParameter", exploitProtection.getCsrfTokenParameter());
        model.addAttribute("csrfToken", exploitProtection.getCSRFToken());
        return view(model, "custmgr/customerDeleteConfirm");
    }

    @RequestMapping(method = RequestMethod.POST)
    public String delete(Model model, @RequestParam(value = "ids", required = false) List<Long> ids,
            @RequestParam(value = "csrfToken", required = false) String csrfToken) throws ServiceException {
        access.checkDelete();
        exploitProtection.compareToken(csrfToken);
        Set<Long> selected = selection(ids);
        if (selected.isEmpty() || selected.size() > MAX_SELECTED) {
            return "redirect:/customer";
        }
        List<DeletionCandidate> before = deletionService.preview(selected); // e-mails of the refused, for the report
        CustomerDeletionReport report = deletionService.deleteAll(selected);
        Map<DeletionCandidate, String> refused = new LinkedHashMap<DeletionCandidate, String>();
        for (DeletionCandidate candidate : before) {
            if (report.getRefused().containsKey(candidate.getCustomerId())) {
                refused.put(candidate, CustomerDeletionRefusedException.message(candidate.getCustomerId(),
                        report.getRefused().get(candidate.getCustomerId())));
            }
        }
        model.addAttribute("deleted", report.getDeleted());
        model.addAttribute("refused", refused);
        return view(model, "custmgr/customerDeleteReport");
    }

    static Set<Long> selection(List<Long> ids) {
        Set<Long> selected = new LinkedHashSet<Long>();
        for (Long id : ids == null ? new ArrayList<Long>() : ids) {
            if (id != null) {
                selected.add(id);
            }
        }
        return selected;
    }

    private String view(Model model, String viewType) {
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", viewType);
        return "modules/defaultContainer";
    }
}
