package io.custmgr.admin.web.library;

import io.custmgr.admin.library.LibraryPaths;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.library.admin.InvalidLibraryChangeException;
import io.custmgr.library.admin.LibraryAdminService;
import io.custmgr.library.service.LibraryService;
import io.custmgr.library.service.RebuildResult;
import io.custmgr.library.type.Acquisition;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * A customer's digital library, from the customer form's Library tab: the items with per-item Note, Revoke (reason) or
 * Restore, "Add item" (a digital product, manual or gift with giver and note), "Rebuild from order history" (shows what
 * it added and revoked) and the customer's latest downloads. Viewing needs "View Library"; every POST needs "Manage
 * Library" and the admin's CSRF token, and the service audits it in the customer's trail. A refused change shows the
 * page again with the error beside its field and the input kept.
 */
@Controller("cmCustomerLibraryController")
@RequestMapping("/customer/{customerId}/library")
public class CustomerLibraryController extends AdminAbstractController {

    static final String VIEW = "custmgr/customerLibrary";

    @Resource(name = "cmLibraryService")
    protected LibraryService library;

    @Resource(name = "cmLibraryAdminService")
    protected LibraryAdminService libraryAdmin;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.GET)
    public String show(Model model, @PathVariable("customerId") Long customerId) throws ServiceException {
        permissions.checkHolds(AdminPermissions.VIEW_LIBRARY);
        boolean mayManage = permissions.holds(AdminPermissions.MANAGE_LIBRARY);
        model.addAttribute("customerId", customerId);
        model.addAttribute("items", library.findLibrary(customerId));
        model.addAttribute("mayManage", mayManage);
        if (mayManage) {
            model.addAttribute("products", libraryAdmin.findDigitalProducts());
            csrf.addToken(model);
        }
        if (permissions.holds(AdminPermissions.VIEW_DOWNLOADS)) {
            model.addAttribute("downloads", libraryAdmin.findDownloads(customerId, 0, LibraryDownloadsController.ROWS));
            model.addAttribute("downloadCount", libraryAdmin.countDownloads(customerId));
        }
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", VIEW);
        return "modules/defaultContainer";
    }

    /** A row of the customer form's Library tab: the library page at that item. */
    @RequestMapping(value = "/{productId:[0-9]+}", method = RequestMethod.GET)
    public String showItem(@PathVariable("customerId") Long customerId, @PathVariable("productId") Long productId)
            throws ServiceException {
        permissions.checkHolds(AdminPermissions.VIEW_LIBRARY);
        return "redirect:/customer/" + customerId + "/library#custmgr-library-item-" + productId;
    }

    @RequestMapping(value = "/grant", method = RequestMethod.POST)
    public String grant(Model model, HttpServletRequest request, RedirectAttributes redirect,
            @PathVariable("customerId") Long customerId,
            @RequestParam(value = "productId", required = false) Long productId,
            @RequestParam(value = "acquisition", defaultValue = "MANUAL") String acquisition,
            @RequestParam(value = "giver", required = false) String giver,
            @RequestParam(value = "note", required = false) String note) throws ServiceException {
        checkMayManage(request);
        try {
            libraryAdmin.grant(customerId, productId, Acquisition.getInstance(acquisition), giver, note);
            return done(redirect, customerId, "granted");
        } catch (InvalidLibraryChangeException e) {
            Map<String, Object> form = new LinkedHashMap<String, Object>();
            form.put("productId", productId);
            form.put("acquisition", acquisition);
            form.put("giver", giver);
            form.put("note", note);
            model.addAttribute("grantForm", form);
            model.addAttribute("grantErrors", e.getErrors());
            return show(model, customerId);
        }
    }

    @RequestMapping(value = "/{productId}/note", method = RequestMethod.POST)
    public String note(Model model, HttpServletRequest request, RedirectAttributes redirect,
            @PathVariable("customerId") Long customerId, @PathVariable("productId") Long productId,
            @RequestParam(value = "note", required = false) String note) throws ServiceException {
        checkMayManage(request);
        try {
            libraryAdmin.editNote(customerId, productId, note);
            return done(redirect, customerId, "noted");
        } catch (InvalidLibraryChangeException e) {
            return refused(model, customerId, productId, e, note);
        }
    }

    @RequestMapping(value = "/{productId}/revoke", method = RequestMethod.POST)
    public String revoke(Model model, HttpServletRequest request, RedirectAttributes redirect,
            @PathVariable("customerId") Long customerId, @PathVariable("productId") Long productId,
            @RequestParam(value = "reason", required = false) String reason) throws ServiceException {
        checkMayManage(request);
        try {
            libraryAdmin.revoke(customerId, productId, reason);
            return done(redirect, customerId, "revoked");
        } catch (InvalidLibraryChangeException e) {
            return refused(model, customerId, productId, e, reason);
        }
    }

    @RequestMapping(value = "/{productId}/restore", method = RequestMethod.POST)
    public String restore(Model model, HttpServletRequest request, RedirectAttributes redirect,
            @PathVariable("customerId") Long customerId, @PathVariable("productId") Long productId)
            throws ServiceException {
        checkMayManage(request);
        try {
            libraryAdmin.restore(customerId, productId);
            return done(redirect, customerId, "restored");
        } catch (InvalidLibraryChangeException e) {
            return refused(model, customerId, productId, e, null);
        }
    }

    @RequestMapping(value = "/rebuild", method = RequestMethod.POST)
    public String rebuild(HttpServletRequest request, RedirectAttributes redirect,
            @PathVariable("customerId") Long customerId) throws ServiceException {
        checkMayManage(request);
        RebuildResult result = libraryAdmin.rebuild(customerId);
        redirect.addFlashAttribute("rebuilt", result);
        return "redirect:" + LibraryPaths.ofCustomer(customerId);
    }

    private String refused(Model model, Long customerId, Long productId, InvalidLibraryChangeException e,
            String input) throws ServiceException {
        model.addAttribute("itemErrorProduct", productId);
        model.addAttribute("itemErrors", e.getErrors());
        model.addAttribute("itemInput", input);
        return show(model, customerId);
    }

    private static String done(RedirectAttributes redirect, Long customerId, String what) {
        redirect.addFlashAttribute("done", what);
        return "redirect:" + LibraryPaths.ofCustomer(customerId);
    }

    private void checkMayManage(HttpServletRequest request) throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_LIBRARY);
        csrf.check(request);
    }
}
