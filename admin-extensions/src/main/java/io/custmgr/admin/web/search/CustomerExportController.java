package io.custmgr.admin.web.search;

import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.audit.service.AdminAuditEntry;
import io.custmgr.audit.service.AdminAuditService;
import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.AuditActors;
import io.custmgr.audit.type.AdminAuditAction;
import io.custmgr.search.export.job.ExportJob;
import io.custmgr.search.export.job.ExportJobs;
import io.custmgr.search.export.service.CustomerExporter;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static io.custmgr.admin.security.AdminOperation.READ;

/**
 * Exports from Customer Search: the ticked customers or all matching ones, in the format and columns picked. Up to
 * {@code custmgr.search.export.directRows} rows stream straight into the download; more run as a background job whose
 * page shows progress and then the download link. Needs the permission to read customers and "Export Customers"; each
 * export leaves an admin audit record (who, when, the search, the format, the row count).
 */
@Controller("cmCustomerExportController")
@RequestMapping("/" + CustomerSearchController.SECTION_KEY + "/export")
public class CustomerExportController extends AdminAbstractController {

    static final String SECTION = CustomerSearchIndexController.SECTION;

    @Resource(name = "cmCustomerExporter")
    protected CustomerExporter exporter;

    @Resource(name = "cmExportJobs")
    protected ExportJobs jobs;

    @Resource(name = "cmExportScopes")
    protected ExportScopes scopes;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @Resource(name = "cmAdminAuditService")
    protected AdminAuditService audit;

    @RequestMapping(method = RequestMethod.POST)
    public String export(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
            throws ServiceException, IOException {
        checkMayExport();
        csrf.check(request);
        @SuppressWarnings("unchecked")
        Map<String, String[]> params = request.getParameterMap();
        String back = "redirect:" + new SearchUrl(CustomerSearchController.PATH, params).current();
        ExportScope scope;
        try {
            scope = scopes.scope(params);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("exportError", e.getMessage());
            return back;
        }
        final AuditActor actor = AuditActors.currentAdmin();
        if (scope.getExpectedRows() <= jobs.getDirectRows()) {
            response.setContentType(scope.getFormat().getContentType());
            response.setHeader("Content-Disposition", "attachment; filename=\"" + scope.getFormat().fileName(new java.util.Date()) + "\"");
            OutputStream out = response.getOutputStream();
            long rows = exporter.export(scope.getIds(), scope.getColumns(), scope.getFormat(), out);
            out.flush();
            record(scope, rows, actor, null);
            return null;
        }
        final ExportScope background = scope;
        ExportJob job = jobs.start(scope.getIds(), scope.getColumns(), scope.getFormat(), scope.getExpectedRows(),
                actor == null ? null : actor.getAdminUserId(), new ExportJobs.Completion() {
                    @Override
                    public void finished(ExportJob finished) {
                        record(background, finished.getRows(), actor, finished);
                    }
                });
        return "redirect:/" + CustomerSearchController.SECTION_KEY + "/export/" + job.getId();
    }

    @RequestMapping(value = "/{jobId}", method = RequestMethod.GET)
    public String job(Model model, @PathVariable("jobId") String jobId) throws ServiceException {
        model.addAttribute("job", ownJob(jobId));
        setModelAttributes(model, CustomerSearchController.SECTION_KEY);
        model.addAttribute("viewType", "custmgr/customerExportJob");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/{jobId}/status", method = RequestMethod.GET, produces = "application/json")
    @ResponseBody
    public Map<String, Object> status(@PathVariable("jobId") String jobId) throws ServiceException {
        ExportJob job = ownJob(jobId);
        Map<String, Object> json = new LinkedHashMap<String, Object>();
        json.put("state", job.getState().name());
        json.put("rows", job.getRows());
        json.put("expected", job.getExpectedRows());
        json.put("percent", job.getPercent());
        return json;
    }

    @RequestMapping(value = "/{jobId}/file", method = RequestMethod.GET)
    public void file(HttpServletResponse response, @PathVariable("jobId") String jobId)
            throws ServiceException, IOException {
        ExportJob job = ownJob(jobId);
        if (job.getState() != ExportJob.State.READY) {
            response.sendError(HttpServletResponse.SC_CONFLICT, "The export is not ready");
            return;
        }
        response.setContentType(job.getFormat().getContentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + job.getFileName() + "\"");
        response.setContentLength((int) Math.min(Integer.MAX_VALUE, job.getFile().length()));
        Files.copy(job.getFile().toPath(), response.getOutputStream());
    }

    private void checkMayExport() throws ServiceException {
        permissions.check(READ, Customer.class);
        permissions.checkHolds(AdminPermissions.EXPORT_CUSTOMERS);
    }

    /** @throws ExportJobNotFoundException for an unknown job or another admin's (a 404 either way) */
    private ExportJob ownJob(String jobId) throws ServiceException {
        checkMayExport();
        ExportJob job = jobs.find(jobId);
        AuditActor actor = AuditActors.currentAdmin();
        if (job == null || actor == null || job.getAdminUserId() == null
                || !job.getAdminUserId().equals(actor.getAdminUserId())) {
            throw new ExportJobNotFoundException();
        }
        return job;
    }

    private void record(ExportScope scope, long rows, AuditActor actor, ExportJob job) {
        audit.recordAction(new AdminAuditEntry(SECTION, "CustomerExport", job == null ? null : job.getId(),
                "Customer export", AdminAuditAction.EXPORTED, null, scope.describe() + "; rows: " + rows
                        + (job == null ? "" : "; background job " + job.getState())), actor);
    }
}
