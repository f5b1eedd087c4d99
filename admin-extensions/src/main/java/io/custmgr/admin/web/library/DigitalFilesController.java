package io.custmgr.admin.web.library;

import io.custmgr.admin.library.LibraryPaths;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.audit.service.AdminAuditEntry;
import io.custmgr.audit.service.AdminAuditService;
import io.custmgr.audit.type.AdminAuditAction;
import io.custmgr.library.admin.LibraryAdminService;
import io.custmgr.library.domain.DigitalFile;
import io.custmgr.library.service.DigitalFileService;
import io.custmgr.library.service.InvalidDigitalFileException;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * A digital product's files, from the product form's "Digital files" tab: the list, an upload form (multipart through
 * Broadleaf's admin {@code multipartResolver}, whose {@code asset.server.max.uploadable.file.size} must be at least
 * {@code custmgr.library.files.maxBytes}) and Remove per file. Everything needs "Manage Digital Files"; POSTs the admin's
 * CSRF token (in the form's URL: a multipart body is read only after Broadleaf's CSRF filter). Uploads are checked by
 * {@code cmDigitalFileService} (name, type, size) and a refusal is shown beside its field; each upload and removal is
 * in the admin audit trail.
 */
@Controller("cmDigitalFilesController")
@RequestMapping("/product/{productId}/digital-files")
public class DigitalFilesController extends AdminAbstractController {

    static final String VIEW = "custmgr/digitalFiles";
    static final String SECTION = "Product";

    @Resource(name = "cmDigitalFileService")
    protected DigitalFileService files;

    @Resource(name = "cmLibraryAdminService")
    protected LibraryAdminService libraryAdmin;

    @Resource(name = "cmAdminAuditService")
    protected AdminAuditService audit;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.GET)
    public String show(Model model, @PathVariable("productId") Long productId) throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_DIGITAL_FILES);
        model.addAttribute("productId", productId);
        model.addAttribute("digital", libraryAdmin.isDigital(productId));
        model.addAttribute("files", files.findFiles(productId));
        model.addAttribute("maxBytes", files.getMaxBytes());
        model.addAttribute("maxSize", LibraryPaths.size(files.getMaxBytes()));
        csrf.addToken(model);
        setModelAttributes(model, "product");
        model.addAttribute("viewType", VIEW);
        return "modules/defaultContainer";
    }

    @RequestMapping(method = RequestMethod.POST)
    public String upload(Model model, HttpServletRequest request, RedirectAttributes redirect,
            @PathVariable("productId") Long productId,
            @RequestParam(value = "file", required = false) MultipartFile file) throws ServiceException, IOException {
        permissions.checkHolds(AdminPermissions.MANAGE_DIGITAL_FILES);
        csrf.check(request);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isEmpty())) {
            model.addAttribute("errors", java.util.Collections.singletonMap(InvalidDigitalFileException.FIELD_CONTENT,
                    InvalidDigitalFileException.REQUIRED));
            return show(model, productId);
        }
        try (InputStream content = file.getInputStream()) {
            DigitalFile added = files.addFile(productId, file.getOriginalFilename(), file.getContentType(), content);
            audit.recordAction(new AdminAuditEntry(SECTION, "DigitalFile", String.valueOf(added.getId()),
                    added.getFileName(), AdminAuditAction.CREATED, null, "Product " + productId + ", "
                            + added.getSize() + " bytes, " + added.getContentType() + ", SHA-256 " + added.getSha256()));
            redirect.addFlashAttribute("uploaded", added.getFileName());
        } catch (InvalidDigitalFileException e) {
            model.addAttribute("errors", e.getErrors());
            model.addAttribute("fileName", file.getOriginalFilename());
            return show(model, productId);
        }
        return "redirect:" + LibraryPaths.ofProduct(productId);
    }

    @RequestMapping(value = "/{fileId}/remove", method = RequestMethod.POST)
    public String remove(HttpServletRequest request, RedirectAttributes redirect,
            @PathVariable("productId") Long productId, @PathVariable("fileId") Long fileId) throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_DIGITAL_FILES);
        csrf.check(request);
        DigitalFile file = files.findFile(fileId);
        if (file != null && productId.equals(file.getProductId())) {
            files.removeFile(fileId);
            audit.recordAction(new AdminAuditEntry(SECTION, "DigitalFile", String.valueOf(fileId), file.getFileName(),
                    AdminAuditAction.DELETED, "Product " + productId + ", " + file.getSize() + " bytes", null));
            redirect.addFlashAttribute("removed", file.getFileName());
        }
        return "redirect:" + LibraryPaths.ofProduct(productId);
    }
}
