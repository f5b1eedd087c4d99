package io.custmgr.admin.web.merge;

import io.custmgr.admin.merge.MergeFormAction;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.merge.service.CustomerMergeService;
import io.custmgr.merge.service.FieldConflict;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergePlan;
import io.custmgr.merge.service.MergeRefusedException;
import io.custmgr.merge.service.MergeRequest;
import io.custmgr.merge.service.MergeResult;
import io.custmgr.merge.service.MergeSide;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import static io.custmgr.admin.security.AdminOperation.UPDATE;

/**
 * The merge page of a customer: without {@code with}, a search for the other customer; with it, the preview (survivor
 * by default a registered account over a guest, else the older; a radio per conflicting field; what each step moves)
 * and the confirmation, which needs the absorbed customer's e-mail typed. Needs the merge permission and the
 * permission to update customers; the merge is a POST carrying the admin's CSRF token.
 */
@Controller("cmCustomerMergeController")
@RequestMapping("/customer/{customerId}/merge")
public class CustomerMergeController extends AdminAbstractController {

    static final int MAX_CANDIDATES = 20;
    static final String CHOICE_PREFIX = "choice_";

    @Resource(name = "cmCustomerMergeService")
    protected CustomerMergeService mergeService;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.GET)
    public String show(Model model, @PathVariable("customerId") Long customerId,
            @RequestParam(value = "with", required = false) Long withId,
            @RequestParam(value = "survivor", required = false) Long survivorId,
            @RequestParam(value = "q", required = false) String query) throws ServiceException {
        checkPermission();
        model.addAttribute("customerId", customerId);
        if (withId == null) {
            model.addAttribute("q", query == null ? "" : query.trim());
            model.addAttribute("candidates", mergeService.findCandidates(customerId, query, MAX_CANDIDATES));
            return page(model, "pick");
        }
        return preview(model, customerId, withId, survivorId, new HashMap<String, MergeSide>(), null, null);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String merge(Model model, HttpServletRequest request, @PathVariable("customerId") Long customerId,
            @RequestParam("with") Long withId, @RequestParam("survivor") Long survivorId,
            @RequestParam(value = "confirmation", required = false) String confirmation) throws ServiceException {
        checkPermission();
        csrf.check(request);
        model.addAttribute("customerId", customerId);
        Map<String, MergeSide> sides = choices(request);
        if (!survivorId.equals(customerId) && !survivorId.equals(withId)) {
            return preview(model, customerId, withId, null, sides, confirmation, null);
        }
        long absorbedId = survivorId.equals(customerId) ? withId : customerId;
        try {
            MergeResult result = mergeService.merge(new MergeRequest(survivorId, absorbedId, new MergeChoices(sides),
                    confirmation));
            model.addAttribute("result", result);
            return page(model, "done");
        } catch (MergeRefusedException e) {
            return preview(model, customerId, withId, survivorId, sides, confirmation, e);
        }
    }

    private String preview(Model model, Long customerId, Long withId, Long survivorId, Map<String, MergeSide> sides,
            String confirmation, MergeRefusedException refusal) {
        model.addAttribute("withId", withId);
        try {
            long survivor = survivorId != null && (survivorId.equals(customerId) || survivorId.equals(withId))
                    ? survivorId : mergeService.defaultSurvivor(customerId, withId);
            long absorbed = survivor == customerId ? withId : customerId;
            MergePlan plan = mergeService.preview(survivor, absorbed);
            Map<String, String> chosen = new HashMap<String, String>();
            for (FieldConflict conflict : plan.getConflicts()) {
                MergeSide side = sides.get(conflict.getKey());
                chosen.put(conflict.getKey(), side != null ? side.name()
                        : conflict.isChoiceRequired() ? "" : MergeSide.SURVIVOR.name());
            }
            model.addAttribute("plan", plan);
            model.addAttribute("chosen", chosen);
            model.addAttribute("confirmation", confirmation == null ? "" : confirmation);
            if (refusal != null) {
                model.addAttribute("refusal", refusal.getMessage());
                model.addAttribute("confirmationError",
                        refusal.getReason() == MergeRefusedException.Reason.CONFIRMATION_MISMATCH);
            }
            return page(model, "preview");
        } catch (MergeRefusedException e) {
            model.addAttribute("refusal", (refusal != null ? refusal : e).getMessage());
            return page(model, "refused");
        }
    }

    private String page(Model model, String mode) {
        model.addAttribute("mode", mode);
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", "custmgr/customerMerge");
        return "modules/defaultContainer";
    }

    private void checkPermission() throws ServiceException {
        permissions.check(UPDATE, Customer.class);
        permissions.checkHolds(MergeFormAction.MERGE_PERMISSION);
    }

    private static Map<String, MergeSide> choices(HttpServletRequest request) {
        Map<String, MergeSide> sides = new HashMap<String, MergeSide>();
        for (Object name : request.getParameterMap().keySet()) {
            String parameter = (String) name;
            if (parameter.startsWith(CHOICE_PREFIX)) {
                String value = request.getParameter(parameter);
                if (MergeSide.ABSORBED.name().equals(value) || MergeSide.SURVIVOR.name().equals(value)) {
                    sides.put(parameter.substring(CHOICE_PREFIX.length()), MergeSide.valueOf(value));
                }
            }
        }
        return sides;
    }
}
