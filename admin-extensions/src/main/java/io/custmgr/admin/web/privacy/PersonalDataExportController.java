package io.custmgr.admin.web.privacy;

import io.custmgr.admin.privacy.EraseFormAction;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.privacy.export.service.PersonalDataExportJob;
import io.custmgr.privacy.export.service.PersonalDataExportJobs;
import io.custmgr.privacy.export.service.PersonalDataExportRefusedException;
import io.custmgr.privacy.export.service.PersonalDataExporter;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static io.custmgr.admin.security.AdminOperation.READ;

/**
 * A customer's personal data export: GET shows the start button, or a job's progress (the page reloads itself while
 * it runs) and its signed, expiring download link when ready; the POST (CSRF token checked) starts an export, which
 * the customer's audit trail records. The download checks the link and the permission; a tampered, expired or purged
 * link gets a page saying so (404 or 410) and no bytes. Needs "Manage Personal Data" and the permission to see
 * customers.
 */
@Controller("cmPersonalDataExportController")
public class PersonalDataExportController extends AdminAbstractController {

    static final String CONTEXT = "requested in the admin";

    @Resource(name = "cmPersonalDataExportJobs")
    protected PersonalDataExportJobs jobs;

    @Resource(name = "cmPersonalDataExporter")
    protected PersonalDataExporter exporter;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(value = "/customer/{customerId}/personal-data-export", method = RequestMethod.GET)
    public String show(Model model, @PathVariable("customerId") Long customerId,
            @RequestParam(value = "job", required = false) String jobId) throws ServiceException {
        checkPermission();
        PersonalDataExportJob job = jobs.find(jobId);
        if (job != null && job.getCustomerId() == customerId.longValue()) {
            model.addAttribute("job", job);
        } else {
            model.addAttribute("refusal", jobId != null ? "This export is no longer known: start a new one."
                    : exporter.refusal(customerId));
        }
        return page(model, customerId);
    }

    @RequestMapping(value = "/customer/{customerId}/personal-data-export", method = RequestMethod.POST)
    public String start(Model model, HttpServletRequest request, @PathVariable("customerId") Long customerId)
            throws ServiceException {
        checkPermission();
        csrf.check(request);
        try {
            PersonalDataExportJob job = jobs.start(customerId, CONTEXT);
            return "redirect:/customer/" + customerId + "/personal-data-export?job=" + job.getId();
        } catch (PersonalDataExportRefusedException e) {
            model.addAttribute("refusal", e.getMessage());
            return page(model, customerId);
        }
    }

    @RequestMapping(value = "/personal-data-export/download", method = RequestMethod.GET)
    public String download(Model model, HttpServletResponse response,
            @RequestParam(value = "token", required = false) String token) throws ServiceException, IOException {
        checkPermission();
        File file;
        try {
            file = jobs.adminDownload(token);
        } catch (MailedLinkRefusedException e) {
            boolean gone = e.getReason() == MailedLinkRefusedException.Reason.EXPIRED;
            response.setStatus(gone ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("linkRefused", gone ? "This download link has expired or its file was removed:"
                    + " start a new export from the customer's form."
                    : "This download link is not valid. Open the link shown on the export page, unchanged.");
            return page(model, null);
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"personal-data.zip\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength((int) Math.min(Integer.MAX_VALUE, file.length()));
        Files.copy(file.toPath(), response.getOutputStream());
        response.flushBuffer();
        return null;
    }

    private String page(Model model, Long customerId) throws ServiceException {
        model.addAttribute("customerId", customerId);
        csrf.addToken(model);
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", "custmgr/customerPersonalDataExport");
        return "modules/defaultContainer";
    }

    private void checkPermission() throws ServiceException {
        permissions.check(READ, Customer.class);
        permissions.checkHolds(EraseFormAction.PERSONAL_DATA_PERMISSION);
    }
}
