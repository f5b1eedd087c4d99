package io.custmgr.admin.web.privacy;

import io.custmgr.admin.privacy.EraseFormAction;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.privacy.service.ErasurePreview;
import io.custmgr.privacy.service.ErasureRefusedException;
import io.custmgr.privacy.service.PersonalDataErasureService;
import io.custmgr.privacy.type.ErasureRefusal;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import static io.custmgr.admin.security.AdminOperation.UPDATE;

/**
 * The erasure of one customer: GET shows who it is, what goes and what stays, and why it would be refused (nothing
 * written); the POST (CSRF token checked) erases in one transaction and shows the result naming the customer as it
 * was. Needs "Manage Personal Data" and the permission to update customers; "Force" counts only for admin users with
 * "Erase With Open Orders".
 */
@Controller("cmCustomerEraseController")
@RequestMapping("/customer/{customerId}/erase")
public class CustomerEraseController extends AdminAbstractController {

    static final String CONTEXT = "erased in the admin";

    @Resource(name = "cmPersonalDataErasureService")
    protected PersonalDataErasureService erasureService;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.GET)
    public String confirm(Model model, @PathVariable("customerId") Long customerId) throws ServiceException {
        checkPermission();
        return preview(model, customerId, null);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String erase(Model model, HttpServletRequest request, @PathVariable("customerId") Long customerId,
            @RequestParam(value = "force", required = false) boolean force) throws ServiceException {
        checkPermission();
        csrf.check(request);
        ErasurePreview before = erasureService.preview(customerId);
        boolean forced = force && permissions.holds(EraseFormAction.FORCE_PERMISSION);
        try {
            erasureService.erase(customerId, forced, CONTEXT);
        } catch (ErasureRefusedException e) {
            return preview(model, customerId, e);
        }
        model.addAttribute("subject", before.getSubject()); // who it was: shown once, kept nowhere
        model.addAttribute("forced", forced && before.getRefusal() == ErasureRefusal.OPEN_ORDERS);
        return page(model, customerId, "done");
    }

    private String preview(Model model, Long customerId, ErasureRefusedException refused) throws ServiceException {
        ErasurePreview preview = erasureService.preview(customerId);
        ErasureRefusal refusal = refused != null ? refused.getRefusal() : preview.getRefusal();
        model.addAttribute("subject", preview.getSubject());
        model.addAttribute("refusal", refusal == null ? null
                : new ErasureRefusedException(customerId, refusal).getMessage());
        model.addAttribute("forceable", refusal != null && refusal.isForceable()
                && permissions.holds(EraseFormAction.FORCE_PERMISSION));
        model.addAttribute("blocked", refusal != null && !(refusal.isForceable()
                && permissions.holds(EraseFormAction.FORCE_PERMISSION)));
        csrf.addToken(model);
        return page(model, customerId, "confirm");
    }

    private String page(Model model, Long customerId, String mode) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("mode", mode);
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", "custmgr/customerErase");
        return "modules/defaultContainer";
    }

    private void checkPermission() throws ServiceException {
        permissions.check(UPDATE, Customer.class);
        permissions.checkHolds(EraseFormAction.PERSONAL_DATA_PERMISSION);
    }
}
