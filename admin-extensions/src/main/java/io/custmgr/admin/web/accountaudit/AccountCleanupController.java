package io.custmgr.admin.web.accountaudit;

import io.custmgr.accountaudit.AccountAudit;
import io.custmgr.accountaudit.service.AccountCleanupReports;
import io.custmgr.accountaudit.service.AccountCleanupService;
import io.custmgr.accountaudit.service.CleanupRunView;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.CleanupOutcome;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.audit.service.AuditActors;
import io.custmgr.customer.deletion.type.KeepRule;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static io.custmgr.admin.security.AdminOperation.DELETE;
import static io.custmgr.admin.security.AdminOperation.READ;

/**
 * The cleanup steps after a class list: confirm (a summary of what will be deleted and kept), start (the background
 * job), and the run's page with its progress bar (polling {@code progress}, JSON) and deletion report. Needs the
 * audit's DELETE permission to start, READ to watch.
 */
@Controller("cmAccountCleanupController")
@RequestMapping("/" + AccountAuditController.SECTION + "/cleanup")
public class AccountCleanupController extends AdminAbstractController {

    static final int REPORT_PAGE_SIZE = 100;
    /** "all": every account of the class in the latest audit; "selected": the ticked ones. */
    static final String SCOPE_ALL = "all";

    @Resource(name = "cmAccountCleanupService")
    protected AccountCleanupService cleanupService;

    @Resource(name = "cmAccountCleanupReports")
    protected AccountCleanupReports cleanupReports;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(value = "/confirm", method = RequestMethod.POST)
    public String confirm(Model model, HttpServletRequest request, RedirectAttributes redirect,
            @RequestParam("accountClass") String className,
            @RequestParam(value = "scope", defaultValue = "selected") String scope,
            @RequestParam(value = "customerIds", required = false) List<Long> customerIds) throws ServiceException {
        permissions.check(DELETE, AccountAudit.class);
        csrf.check(request);
        AccountClass accountClass = AccountClass.parse(className);
        Set<Long> selected = selection(scope, customerIds);
        if (accountClass == null || accountClass == AccountClass.ACTIVE) {
            return "redirect:/" + AccountAuditController.SECTION;
        }
        if (selected != null && selected.isEmpty()) {
            redirect.addFlashAttribute("error", "Tick at least one account, or choose all accounts of the class.");
            return "redirect:/" + AccountAuditController.SECTION + "/class/" + accountClass.name();
        }
        model.addAttribute("preview", cleanupReports.preview(accountClass, selected));
        model.addAttribute("keepRules", KeepRule.values());
        model.addAttribute("scope", selected == null ? SCOPE_ALL : "selected");
        model.addAttribute("customerIds", selected == null ? new ArrayList<Long>() : selected);
        return view(model, "custmgr/accountCleanupConfirm");
    }

    @RequestMapping(value = "/start", method = RequestMethod.POST)
    public String start(HttpServletRequest request, RedirectAttributes redirect,
            @RequestParam("accountClass") String className,
            @RequestParam(value = "scope", defaultValue = "selected") String scope,
            @RequestParam(value = "customerIds", required = false) List<Long> customerIds) throws ServiceException {
        permissions.check(DELETE, AccountAudit.class);
        csrf.check(request);
        try {
            long runId = cleanupService.start(AccountClass.parse(className), selection(scope, customerIds),
                    AuditActors.currentName());
            return "redirect:/" + AccountAuditController.SECTION + "/cleanup/" + runId;
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "Nothing deleted: " + e.getMessage());
            return "redirect:/" + AccountAuditController.SECTION;
        }
    }

    @RequestMapping(value = "/{runId}", method = RequestMethod.GET)
    public String report(Model model, @PathVariable("runId") long runId,
            @RequestParam(value = "outcome", required = false) String outcomeName,
            @RequestParam(value = "page", defaultValue = "0") int page) throws ServiceException {
        permissions.check(READ, AccountAudit.class);
        CleanupRunView run = cleanupReports.findRun(runId);
        if (run == null) {
            return "redirect:/" + AccountAuditController.SECTION;
        }
        CleanupOutcome outcome = outcome(outcomeName);
        int shown = Math.max(0, page);
        model.addAttribute("run", run);
        model.addAttribute("outcome", outcome == null ? "" : outcome.name());
        model.addAttribute("outcomes", CleanupOutcome.values());
        model.addAttribute("items", cleanupReports.findItems(runId, outcome, shown, REPORT_PAGE_SIZE + 1));
        model.addAttribute("page", shown);
        model.addAttribute("pageSize", REPORT_PAGE_SIZE);
        return view(model, "custmgr/accountCleanupRun");
    }

    /** Polled by the run page's progress bar: numbers and a status name only. */
    @RequestMapping(value = "/{runId}/progress", method = RequestMethod.GET, produces = "application/json")
    @ResponseBody
    public String progress(@PathVariable("runId") long runId, HttpServletResponse response) throws ServiceException {
        permissions.check(READ, AccountAudit.class);
        CleanupRunView run = cleanupReports.findRun(runId);
        response.setHeader("Cache-Control", "no-store");
        if (run == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "{}";
        }
        return "{\"status\":\"" + run.getStatus().name() + "\",\"finished\":" + run.isFinished() + ",\"selected\":"
                + run.getSelected() + ",\"processed\":" + run.getProcessed() + ",\"deleted\":" + run.getDeleted()
                + ",\"kept\":" + run.getKept() + ",\"failed\":" + run.getFailed() + ",\"percent\":"
                + run.getPercent() + "}";
    }

    /** @return null for the whole class, else the ticked ids (de-duplicated) */
    static Set<Long> selection(String scope, List<Long> customerIds) {
        if (SCOPE_ALL.equals(scope)) {
            return null;
        }
        Set<Long> selected = new LinkedHashSet<Long>();
        if (customerIds != null) {
            for (Long id : customerIds) {
                if (id != null) {
                    selected.add(id);
                }
            }
        }
        return selected;
    }

    private static CleanupOutcome outcome(String name) {
        for (CleanupOutcome outcome : CleanupOutcome.values()) {
            if (outcome.name().equalsIgnoreCase(name == null ? "" : name)) {
                return outcome;
            }
        }
        return null;
    }

    protected String view(Model model, String viewType) throws ServiceException {
        csrf.addToken(model);
        setModelAttributes(model, AccountAuditController.SECTION);
        model.addAttribute("viewType", viewType);
        return "modules/defaultContainer";
    }
}
