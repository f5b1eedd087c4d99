package io.custmgr.admin.web.audit;

import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.audit.domain.AdminAuditRecord;
import io.custmgr.audit.service.AdminAuditService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

import javax.annotation.Resource;

import static io.custmgr.admin.security.AdminOperation.READ;

/**
 * Customer Care → Admin Audit Trail: every admin add, update and delete in the module's own sections, newest first,
 * paged, filterable by section. Read-only: it answers GET only, and needs the permission to read
 * {@link AdminAuditRecord}, which is the only one any role is given on it.
 */
@Controller("cmAdminAuditTrailController")
@RequestMapping("/" + AdminAuditTrailController.SECTION_KEY)
public class AdminAuditTrailController extends AdminAbstractController {

    static final String SECTION_KEY = "admin-audit-trail";
    static final int PAGE_SIZE = 50;

    @Resource(name = "cmAdminAuditService")
    protected AdminAuditService auditService;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model, @RequestParam(value = "section", required = false) String sectionName,
            @RequestParam(value = "page", defaultValue = "0") int page) throws ServiceException {
        permissions.check(READ, AdminAuditRecord.class);
        List<String> sections = auditService.findSections();
        String section = sections.contains(sectionName) ? sectionName : null;
        long total = auditService.countRecords(section);
        int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(0, page), lastPage);

        model.addAttribute("records", auditService.findRecords(section, shown * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("sections", sections);
        model.addAttribute("section", section == null ? "" : section);
        model.addAttribute("total", total);
        model.addAttribute("page", shown);
        model.addAttribute("lastPage", lastPage);
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "custmgr/adminAuditTrail");
        return "modules/defaultContainer";
    }
}
