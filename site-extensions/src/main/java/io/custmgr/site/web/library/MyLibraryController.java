package io.custmgr.site.web.library;

import io.custmgr.common.web.PrivateResponses;
import io.custmgr.library.download.DownloadService;
import io.custmgr.library.download.LibraryShelf;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * "My library" for the signed-in shopper (the host secures {@code /account} like its account pages): {@value #PATH}
 * renders the host's view {@value #VIEW} with {@code shelf} (the items, their files and each file's signed
 * {@code downloadPath}-relative token, see {@link LibraryShelf}), {@code downloadPath} ({@value LibraryDownloadController#PATH})
 * and {@code downloads} (the customer's newest {@value #DOWNLOADS_SHOWN} downloads). Never cached: the links are
 * signed for a few minutes and for this customer only.
 */
@Controller
public class MyLibraryController {

    public static final String PATH = "/account/library";
    public static final String VIEW = "account/library";
    public static final int DOWNLOADS_SHOWN = 20;

    @Resource(name = "cmLibraryShelf")
    protected LibraryShelf shelf;

    @Resource(name = "cmDownloadService")
    protected DownloadService downloads;

    @RequestMapping(value = PATH, method = { RequestMethod.GET, RequestMethod.HEAD })
    public String library(Model model, HttpServletResponse response) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isLoggedIn() || customer.getId() == null) {
            return "redirect:/login";
        }
        PrivateResponses.keepPrivate(response);
        model.addAttribute("shelf", shelf.findShelf(customer.getId()));
        model.addAttribute("downloadPath", LibraryDownloadController.PATH);
        model.addAttribute("downloads", downloads.findDownloads(customer.getId(), 0, DOWNLOADS_SHOWN));
        return VIEW;
    }
}
