package io.custmgr.admin.web.library;

import io.custmgr.admin.library.LibraryPaths;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.library.admin.LibraryAdminService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;

/**
 * Customer Care → Downloads: every download of a library file, newest first (time, customer, file, product, bytes, IP,
 * browser; everything shown escaped), paged, filtered by customer id with {@code ?customer=}. Needs "View Downloads".
 */
@Controller("cmLibraryDownloadsController")
@RequestMapping(LibraryPaths.DOWNLOADS)
public class LibraryDownloadsController extends AdminAbstractController {

    static final String SECTION_KEY = "library-downloads";

    @Resource(name = "cmLibraryAdminService")
    protected LibraryAdminService libraryAdmin;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    /** Rows per page (here and on the customer's library page). */
    static final int ROWS = 50;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model, @RequestParam(value = "customer", required = false) String customer,
            @RequestParam(value = "page", defaultValue = "0") int page) throws ServiceException {
        permissions.checkHolds(AdminPermissions.VIEW_DOWNLOADS);
        Long customerId = parseId(customer);
        if (customer != null && !customer.trim().isEmpty() && customerId == null) {
            model.addAttribute("customerError", true);
        }
        int current = Math.max(0, page);
        model.addAttribute("customer", customerId);
        model.addAttribute("customerInput", customer);
        model.addAttribute("downloads", libraryAdmin.findDownloads(customerId, current * ROWS, ROWS));
        model.addAttribute("total", libraryAdmin.countDownloads(customerId));
        model.addAttribute("page", current);
        model.addAttribute("pageSize", ROWS);
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "custmgr/libraryDownloads");
        return "modules/defaultContainer";
    }

    static Long parseId(String value) {
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
