package io.custmgr.admin.web.library;

import io.custmgr.admin.library.LibraryPaths;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.audit.service.AdminAuditEntry;
import io.custmgr.audit.service.AdminAuditService;
import io.custmgr.audit.service.AuditActors;
import io.custmgr.audit.type.AdminAuditAction;
import io.custmgr.library.rebuild.LibraryRebuildJob;
import io.custmgr.library.rebuild.RebuildAlreadyRunningException;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Customer Care → Library Rebuild: the latest bulk rebuild (progress bar, customers per second, time left, then the
 * report: added and revoked) and "Rebuild every library" (one run at a time, in the background). The page refreshes
 * itself while a run is active. Needs "Manage Library"; starting needs the CSRF token and is in the admin audit trail.
 */
@Controller("cmLibraryRebuildController")
@RequestMapping(LibraryPaths.REBUILD)
public class LibraryRebuildController extends AdminAbstractController {

    static final String SECTION_KEY = "library-rebuild";

    @Resource(name = "cmLibraryRebuildJob")
    protected LibraryRebuildJob job;

    @Resource(name = "cmAdminAuditService")
    protected AdminAuditService audit;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.GET)
    public String status(Model model) throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_LIBRARY);
        model.addAttribute("run", job.findLatest());
        csrf.addToken(model);
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "custmgr/libraryRebuild");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/start", method = RequestMethod.POST)
    public String start(HttpServletRequest request, RedirectAttributes redirect) throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_LIBRARY);
        csrf.check(request);
        try {
            long runId = job.start(AuditActors.currentName());
            audit.recordAction(new AdminAuditEntry("Library Rebuild", "LibraryRebuildRun", String.valueOf(runId),
                    "Library rebuild", AdminAuditAction.RAN, null, "Bulk rebuild of every customer's library started"));
        } catch (RebuildAlreadyRunningException e) {
            redirect.addFlashAttribute("alreadyRunning", true);
        }
        return "redirect:" + LibraryPaths.REBUILD;
    }
}
