package io.custmgr.admin.web.accountaudit;

import io.custmgr.accountaudit.AccountAudit;
import io.custmgr.accountaudit.dao.AuditedAccountRow;
import io.custmgr.accountaudit.service.AccountAuditService;
import io.custmgr.accountaudit.service.AccountAuditSettings;
import io.custmgr.accountaudit.service.AccountAuditSummary;
import io.custmgr.accountaudit.service.AccountCleanupReports;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.ActivityCriterion;
import io.custmgr.accountaudit.type.SpamSignal;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.audit.service.AuditActors;
import io.custmgr.ipblock.domain.BlockedIp;
import io.custmgr.ipblock.domain.InvalidIpRangeException;
import io.custmgr.ipblock.service.IpBlockService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import static io.custmgr.admin.security.AdminOperation.CREATE;
import static io.custmgr.admin.security.AdminOperation.DELETE;
import static io.custmgr.admin.security.AdminOperation.READ;
import static io.custmgr.admin.security.AdminOperation.UPDATE;

/**
 * Customer Care > Account Audit: the latest classification (counts, shares, criteria and signals per class), a run
 * button, each class as a paged list, and blocking a registration IP from the list. Its permissions name the ceiling
 * {@link AccountAudit}: READ shows, UPDATE runs the audit; blocking an IP needs the Blocked IPs create permission.
 */
@Controller("cmAccountAuditController")
@RequestMapping("/" + AccountAuditController.SECTION)
public class AccountAuditController extends AdminAbstractController {

    static final String SECTION = "account-audit";
    static final int PAGE_SIZE = 50;

    @Resource(name = "cmAccountAuditService")
    protected AccountAuditService auditService;

    @Resource(name = "cmAccountCleanupReports")
    protected AccountCleanupReports cleanupReports;

    @Resource(name = "cmAccountAuditSettings")
    protected AccountAuditSettings settings;

    @Resource(name = "cmIpBlockService")
    protected IpBlockService ipBlockService;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.GET)
    public String overview(Model model) throws ServiceException {
        permissions.check(READ, AccountAudit.class);
        AccountAuditSummary summary = auditService.findLatestSummary();
        model.addAttribute("summary", summary);
        model.addAttribute("classes", AccountClass.values());
        model.addAttribute("criteria", ActivityCriterion.values());
        model.addAttribute("signals", SpamSignal.values());
        model.addAttribute("settings", settings.describe());
        model.addAttribute("runs", cleanupReports.findRecentRuns(10));
        model.addAttribute("mayRun", permissions.may(UPDATE, AccountAudit.class));
        return view(model, "custmgr/accountAudit");
    }

    @RequestMapping(value = "/run", method = RequestMethod.POST)
    public String run(HttpServletRequest request, RedirectAttributes redirect) throws ServiceException {
        permissions.check(UPDATE, AccountAudit.class);
        csrf.check(request);
        AccountAuditSummary summary = auditService.runAudit(AuditActors.currentName());
        redirect.addFlashAttribute("message", "Audit finished: " + summary.getTotal() + " accounts classified in "
                + summary.getDurationMs() + " ms.");
        return "redirect:/" + SECTION;
    }

    @RequestMapping(value = "/class/{accountClass}", method = RequestMethod.GET)
    public String list(Model model, @PathVariable("accountClass") String accountClassName,
            @RequestParam(value = "page", defaultValue = "0") int page) throws ServiceException {
        permissions.check(READ, AccountAudit.class);
        AccountClass accountClass = AccountClass.parse(accountClassName);
        if (accountClass == null) {
            return "redirect:/" + SECTION;
        }
        long total = auditService.countAccounts(accountClass);
        int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(0, page), lastPage);
        List<AuditedAccountView> rows = new ArrayList<AuditedAccountView>();
        for (AuditedAccountRow row : auditService.findAccounts(accountClass, shown, PAGE_SIZE)) {
            rows.add(new AuditedAccountView(row));
        }
        model.addAttribute("accountClass", accountClass);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", shown);
        model.addAttribute("lastPage", lastPage);
        model.addAttribute("summary", auditService.findLatestSummary());
        model.addAttribute("cleanable", accountClass != AccountClass.ACTIVE
                && permissions.may(DELETE, AccountAudit.class));
        model.addAttribute("mayBlockIp", permissions.may(CREATE, BlockedIp.class));
        return view(model, "custmgr/accountAuditList");
    }

    @RequestMapping(value = "/block-ip", method = RequestMethod.POST)
    public String blockIp(HttpServletRequest request, RedirectAttributes redirect, @RequestParam("ip") String ip,
            @RequestParam("accountClass") String accountClass,
            @RequestParam(value = "page", defaultValue = "0") int page) throws ServiceException {
        permissions.check(CREATE, BlockedIp.class);
        csrf.check(request);
        try {
            ipBlockService.block(ip, "Blocked from the account audit by " + AuditActors.currentName());
            redirect.addFlashAttribute("message", "Blocked " + ip + ". Run the audit again to count it as a signal.");
        } catch (InvalidIpRangeException e) {
            redirect.addFlashAttribute("error", "Not blocked: " + ip + " is not an address that can be blocked.");
        }
        AccountClass shown = AccountClass.parse(accountClass);
        return "redirect:/" + SECTION + "/class/" + (shown == null ? AccountClass.SPAM : shown).name() + "?page="
                + page;
    }

    protected String view(Model model, String viewType) throws ServiceException {
        csrf.addToken(model);
        setModelAttributes(model, SECTION);
        model.addAttribute("viewType", viewType);
        return "modules/defaultContainer";
    }
}
