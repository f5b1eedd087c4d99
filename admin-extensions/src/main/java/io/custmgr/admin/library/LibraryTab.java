package io.custmgr.admin.library;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.library.service.LibraryItem;
import io.custmgr.library.service.LibraryService;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.stereotype.Component;

import java.text.SimpleDateFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

/**
 * A "Library" tab on the customer form for admin users with "View Library": the customer's items (one statement) with
 * acquisition, package type, dates, status and downloads; each row and the "Open library…" button go to the library
 * page, where the actions are (grant, note, revoke, restore, rebuild) and the customer's downloads.
 */
@Component("cmLibraryTab")
public class LibraryTab extends CustomerFormExtension {

    public static final String GRID_KEY = "cmLibrary";
    public static final String TAB_TITLE = "Library_Tab";
    public static final int TAB_ORDER = 9500;

    @Resource(name = "cmLibraryService")
    protected LibraryService library;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Override
    protected boolean applies(Entity entity) {
        return permissions.holds(AdminPermissions.VIEW_LIBRARY);
    }

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        String path = LibraryPaths.ofCustomer(customerId);
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "Library_Title", "/customer", form.getId())
                .column("item", "Library_Item", "20%")
                .column("package", "Library_Package")
                .column("acquisition", "Library_Acquisition")
                .column("granted", "Library_Granted")
                .column("status", "Library_Status")
                .column("downloads", "Library_Downloads")
                .column("expires", "Library_Expires")
                .column("note", "Library_Note")
                .linkRowsTo(path)
                .link("cmOpenLibrary", "Library_Open", path);
        if (permissions.holds(AdminPermissions.VIEW_DOWNLOADS)) {
            grid.link("cmLibraryDownloads", "Library_DownloadLog", LibraryPaths.DOWNLOADS + "?customer=" + customerId);
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT);
        for (LibraryItem item : library.findLibrary(customerId)) {
            grid.row(String.valueOf(item.getProductId()), values(item, format));
        }
        form.addListGrid(grid.build(), TAB_TITLE, TAB_ORDER);
    }

    static Map<String, String> values(LibraryItem item, SimpleDateFormat format) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("item", item.getName());
        values.put("package", item.getPackageType() == null ? "Single item" : item.getPackageType().getFriendlyType());
        values.put("acquisition", acquisition(item));
        values.put("granted", item.getGranted() == null ? "" : format.format(item.getGranted())
                + (item.getGrantedBy() == null ? "" : " by " + item.getGrantedBy()));
        values.put("status", item.isActive() ? "Active" : "Revoked" + (item.getRevoked() == null ? ""
                : " " + format.format(item.getRevoked())) + (item.getRevokeReason() == null ? ""
                : ": " + item.getRevokeReason()));
        values.put("downloads", item.getDownloadsUsed() + " / " + (item.getDownloadsAllowed() == null ? "unlimited"
                : item.getDownloadsAllowed()));
        values.put("expires", item.getAccessExpires() == null ? "Never" : format.format(item.getAccessExpires()));
        values.put("note", item.getNote());
        return values;
    }

    /** "Purchase (order 12)", "Gift from Ann", "Manual grant", "All-access". */
    public static String acquisition(LibraryItem item) {
        if (item.getAcquisition() == null) {
            return "";
        }
        String label = item.getAcquisition().getFriendlyType();
        if (item.getOrderId() != null) {
            return label + " (order " + item.getOrderId() + ")";
        }
        return item.getGiver() == null ? label : label + " from " + item.getGiver();
    }
}
