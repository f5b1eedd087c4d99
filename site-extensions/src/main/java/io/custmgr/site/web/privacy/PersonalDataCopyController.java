package io.custmgr.site.web.privacy;

import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.common.web.PrivateResponses;
import io.custmgr.common.web.RequestOrigins;
import io.custmgr.privacy.export.service.PersonalDataExportJobs;
import io.custmgr.privacy.export.service.PersonalDataExportRefusedException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Date;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * "A copy of my data" for the signed-in shopper (the host secures {@code /account} like its account pages):
 * {@value #PATH} shows when the last copy was asked for and offers a new one; its POST (the storefront's CSRF token)
 * starts the export, whose link is mailed when the file is ready; {@value #DOWNLOAD_PATH}{@code ?token=} serves the
 * ZIP to the customer the link was mailed to, signed in — a changed, expired, purged or someone else's link renders
 * the view with {@code downloadError} (a reason code) and status 404 or 410, and no bytes. Renders the host's view
 * {@value #VIEW}; the responses are never cached and never send the link on as a referrer.
 */
@Controller
public class PersonalDataCopyController {

    public static final String PATH = "/account/personal-data";
    public static final String DOWNLOAD_PATH = PATH + "/download";
    public static final String VIEW = "account/personalData";

    @Resource(name = "cmPersonalDataExportJobs")
    protected PersonalDataExportJobs exports;

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String page(Model model, HttpServletResponse response) {
        Customer customer = signedIn();
        PrivateResponses.keepPrivate(response);
        Date last = exports.lastShopperRequest(customer.getId());
        model.addAttribute("lastRequest", last);
        return VIEW;
    }

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String request(HttpServletRequest request, RedirectAttributes redirect) {
        Customer customer = signedIn();
        try {
            exports.request(customer.getId(), RequestOrigins.origin(request) + request.getContextPath()
                    + DOWNLOAD_PATH);
            redirect.addFlashAttribute("copyRequested", Boolean.TRUE);
        } catch (PersonalDataExportRefusedException e) {
            redirect.addFlashAttribute("copyRefused", e.getMessage());
        }
        return "redirect:" + PATH;
    }

    @RequestMapping(value = DOWNLOAD_PATH, method = RequestMethod.GET)
    public String download(@RequestParam(value = "token", required = false) String token, Model model,
            HttpServletResponse response) throws IOException {
        Customer customer = signedIn();
        PrivateResponses.keepPrivate(response);
        File file;
        try {
            file = exports.shopperDownload(token, customer.getId());
        } catch (MailedLinkRefusedException e) {
            response.setStatus(e.getReason() == MailedLinkRefusedException.Reason.EXPIRED
                    ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("downloadError", e.getCode());
            model.addAttribute("lastRequest", exports.lastShopperRequest(customer.getId()));
            return VIEW;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"personal-data-" + customer.getId()
                + ".zip\"");
        response.setContentLength((int) Math.min(Integer.MAX_VALUE, file.length()));
        Files.copy(file.toPath(), response.getOutputStream());
        return null;
    }

    /** The signed-in shopper; anyone else gets the error pages' 404 (the host's security normally asks to sign in). */
    private static Customer signedIn() {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isLoggedIn() || customer.getId() == null) {
            throw new PersonalDataCopyNotFoundException();
        }
        return customer;
    }

    /** 404 through the error pages (their classifier knows every …NotFoundException). */
    public static class PersonalDataCopyNotFoundException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public PersonalDataCopyNotFoundException() {
            super("Not signed in");
        }
    }
}
