package io.custmgr.admin.web.search;

import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.audit.service.AdminAuditEntry;
import io.custmgr.audit.service.AdminAuditService;
import io.custmgr.audit.type.AdminAuditAction;
import io.custmgr.search.index.CustomerIndexService;
import io.custmgr.search.index.IndexCheck;
import io.custmgr.search.index.IndexStatus;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import static io.custmgr.admin.security.AdminOperation.READ;

/**
 * The customer index behind Customer Search: its status (documents, waiting changes, the rebuild's progress with rate
 * and ETA, polled as JSON by the page), a full rebuild in the background, and the consistency check with repair. The
 * actions need {@value #PERMISSION} and leave an admin audit record.
 */
@Controller("cmCustomerSearchIndexController")
@RequestMapping("/" + CustomerSearchController.SECTION_KEY + "/index")
public class CustomerSearchIndexController extends AdminAbstractController {

    public static final String PERMISSION = "PERMISSION_CUSTMGR_SEARCH_INDEX";
    static final String SECTION = "Customer Search";

    @Resource(name = "cmCustomerIndexService")
    protected CustomerIndexService indexService;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @Resource(name = "cmAdminAuditService")
    protected AdminAuditService audit;

    @RequestMapping(method = RequestMethod.GET)
    public String status(Model model) throws ServiceException {
        permissions.checkHolds(PERMISSION);
        model.addAttribute("indexStatus", indexService.status());
        csrf.addToken(model);
        setModelAttributes(model, CustomerSearchController.SECTION_KEY);
        model.addAttribute("viewType", "custmgr/customerSearchIndex");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/status", method = RequestMethod.GET, produces = "application/json")
    @ResponseBody
    public Map<String, Object> statusJson() throws ServiceException {
        permissions.check(READ, Customer.class);
        IndexStatus status = indexService.status();
        Map<String, Object> json = new LinkedHashMap<String, Object>();
        json.put("available", status.isAvailable());
        json.put("documents", status.getDocuments());
        json.put("customers", status.getCustomers());
        json.put("pending", status.getPending());
        json.put("rebuilding", status.getState().isRebuilding());
        json.put("rebuildStatus", status.getState().getRebuildStatus());
        json.put("done", status.getState().getRebuildDone());
        json.put("total", status.getState().getRebuildTotal());
        json.put("percent", status.getState().getPercent());
        json.put("rate", status.getRate());
        json.put("etaSeconds", status.getEtaSeconds());
        return json;
    }

    @RequestMapping(value = "/rebuild", method = RequestMethod.POST)
    public String rebuild(HttpServletRequest request, RedirectAttributes redirect) throws ServiceException {
        permissions.checkHolds(PERMISSION);
        csrf.check(request);
        boolean started = indexService.startRebuild(io.custmgr.audit.service.AuditActors.currentName());
        if (started) {
            audit.recordAction(new AdminAuditEntry(SECTION, "CustomerIndex", null, "Customer index",
                    AdminAuditAction.RAN, null, "Full rebuild started"));
        }
        redirect.addFlashAttribute(started ? "rebuildStarted" : "rebuildRunning", true);
        return "redirect:/" + CustomerSearchController.SECTION_KEY + "/index";
    }

    @RequestMapping(value = "/check", method = RequestMethod.POST)
    public String check(HttpServletRequest request, Model model,
            @RequestParam(value = "repair", defaultValue = "false") boolean repair) throws ServiceException {
        permissions.checkHolds(PERMISSION);
        csrf.check(request);
        IndexCheck check = indexService.check(repair);
        if (repair) {
            audit.recordAction(new AdminAuditEntry(SECTION, "CustomerIndex", null, "Customer index",
                    AdminAuditAction.RAN, null, "Consistency check with repair: " + check.getMissing()
                            + " missing, " + check.getStale() + " stale, " + check.getExtra() + " extra of "
                            + check.getChecked()));
        }
        model.addAttribute("check", check);
        return status(model);
    }
}
