package io.custmgr.admin.library;

import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.library.admin.LibraryAdminService;
import io.custmgr.library.domain.DigitalFile;
import io.custmgr.library.service.DigitalFileService;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.springframework.stereotype.Component;

import java.text.SimpleDateFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * A "Digital files" tab on Broadleaf's own product form (a saved product): the product's files (name, size, type,
 * SHA-256 prefix, uploaded when and by whom; one statement), and for holders of "Manage Digital Files" a button to the
 * upload page. A product not marked digital gets the tab with a hint instead of the files' grid title, since its files
 * reach no library until it is.
 */
@Component("cmDigitalFilesTab")
public class DigitalFilesTab extends AbstractFormBuilderExtensionHandler {

    public static final String GRID_KEY = "cmDigitalFiles";
    public static final String TAB_TITLE = "DigitalFiles_Tab";
    public static final int TAB_ORDER = 9500;
    static final int SHA_PREFIX = 12;

    @Resource(name = "blFormBuilderExtensionManager")
    protected FormBuilderExtensionManager extensionManager;

    @Resource(name = "cmDigitalFileService")
    protected DigitalFileService files;

    @Resource(name = "cmLibraryAdminService")
    protected LibraryAdminService libraryAdmin;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyPopulatedEntityForm(EntityForm form, Entity entity) {
        Long productId = savedProductId(form);
        if (productId == null) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        boolean digital = libraryAdmin.isDigital(productId);
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, digital ? "DigitalFiles_Title"
                : "DigitalFiles_NotDigital", "/product", form.getId())
                .column("name", "DigitalFiles_Name", "25%")
                .column("size", "DigitalFiles_Size")
                .column("type", "DigitalFiles_Type")
                .column("sha", "DigitalFiles_Sha")
                .column("added", "DigitalFiles_Added");
        if (permissions.holds(AdminPermissions.MANAGE_DIGITAL_FILES)) {
            grid.link("cmManageDigitalFiles", "DigitalFiles_Manage", LibraryPaths.ofProduct(productId));
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT);
        for (DigitalFile file : files.findFiles(productId)) {
            grid.row(String.valueOf(file.getId()), values(file, format));
        }
        form.addListGrid(grid.build(), TAB_TITLE, TAB_ORDER);
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    static Map<String, String> values(DigitalFile file, SimpleDateFormat format) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("name", file.getFileName());
        values.put("size", LibraryPaths.size(file.getSize()));
        values.put("type", file.getContentType());
        values.put("sha", shaPrefix(file));
        values.put("added", (file.getDateAdded() == null ? "" : format.format(file.getDateAdded()))
                + (file.getAddedBy() == null ? "" : " by " + file.getAddedBy()));
        return values;
    }

    public static String shaPrefix(DigitalFile file) {
        String sha = file.getSha256();
        return sha == null ? "" : sha.substring(0, Math.min(SHA_PREFIX, sha.length())) + "\u2026";
    }

    static Long savedProductId(EntityForm form) {
        if (form.getId() == null || form.getId().isEmpty()
                || !Product.class.getName().equals(form.getCeilingEntityClassname())) {
            return null;
        }
        try {
            return Long.valueOf(form.getId());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
