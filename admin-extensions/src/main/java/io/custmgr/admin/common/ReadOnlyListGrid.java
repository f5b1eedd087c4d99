package io.custmgr.admin.common;

import org.broadleafcommerce.openadmin.web.form.component.ListGrid;
import org.broadleafcommerce.openadmin.web.form.component.ListGridAction;
import org.broadleafcommerce.openadmin.web.form.component.ListGridRecord;
import org.broadleafcommerce.openadmin.web.form.component.MediaField;
import org.broadleafcommerce.openadmin.web.form.entity.Field;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Builds a read-only Broadleaf list grid from rows the module loaded itself, for a section or tab of an entity form.
 * Values are shown with Broadleaf's list grid template, which escapes them. Its own grid type keeps Broadleaf's
 * scripts from treating it as the page's main grid or as an editable collection.
 */
public class ReadOnlyListGrid {

    /** Grid type for Broadleaf's scripts: unknown to them, so rows open nothing and nothing is fetched. */
    public static final String GRID_TYPE = "custmgr-readonly";
    /** Toolbar buttons with this class go to their URL (extensions/js/custmgr/admin/customer-actions.js). */
    public static final String LINK_BUTTON_CLASS = "custmgr-grid-link";
    /** Grids whose rows open {@code path/rowId} (customer-actions.js makes the first cell a link to it). */
    public static final String LINKED_ROWS_CLASS = "custmgr-linked-rows";
    /** Image cells are this many pixels high. */
    public static final String IMAGE_HEIGHT = "40";

    private final ListGrid grid = new ListGrid();
    private final Set<String> imageColumns = new HashSet<String>();
    private int columns;

    /**
     * @param key          unique among the form's grids (becomes the container's DOM id)
     * @param friendlyName message key of the grid's label
     */
    public ReadOnlyListGrid(String key, String friendlyName, String sectionKey, String containingEntityId) {
        grid.setListGridTypeString(GRID_TYPE);
        grid.setSubCollectionFieldName(key);
        grid.setFriendlyName(friendlyName);
        grid.setSectionKey(sectionKey);
        grid.setContainingEntityId(containingEntityId);
        grid.setReadOnly(true);
        grid.setCanFilterAndSort(false);
        grid.setHideIdColumn(true);
        grid.setStartIndex(0);
    }

    /** Adds a column; columns show in the order they are added. */
    public ReadOnlyListGrid column(String name, String friendlyName) {
        return column(name, friendlyName, null);
    }

    /** Adds a column of this CSS width (e.g. "30%"); null: Broadleaf shares the rest equally. */
    public ReadOnlyListGrid column(String name, String friendlyName, String width) {
        Field header = new Field().withName(name).withFriendlyName(friendlyName).withFieldType("STRING")
                .withOrder(++columns).withFilterSortDisabled(true).withColumnWidth(width);
        grid.getHeaderFields().add(header);
        return this;
    }

    /**
     * Adds a column of images: a row's value is the image URL, which Broadleaf's template puts in an {@code img src}
     * through a Thymeleaf link expression (attribute-escaped; a relative URL gets the admin's context path). Only
     * URLs starting with "/", "http://" or "https://" are shown; anything else leaves the cell empty.
     */
    public ReadOnlyListGrid imageColumn(String name, String friendlyName) {
        imageColumns.add(name);
        return column(name, friendlyName, "10%");
    }

    /** Each row opens {@code adminPath + "/" + rowId}, e.g. "/order" for Broadleaf's order screen. */
    public ReadOnlyListGrid linkRowsTo(String adminPath) {
        grid.setPathOverride(adminPath);
        grid.setClassName(LINKED_ROWS_CLASS);
        return this;
    }

    /** Adds a row; values by column name, null shown as empty. */
    public ReadOnlyListGrid row(String id, Map<String, String> values) {
        ListGridRecord record = new ListGridRecord();
        record.setListGrid(grid);
        record.setId(id);
        for (Map.Entry<String, String> value : values.entrySet()) {
            String text = value.getValue() == null ? "" : value.getValue();
            if (imageColumns.contains(value.getKey()) && isShownImageUrl(text)) {
                MediaField image = new MediaField();
                image.setHeight(IMAGE_HEIGHT);
                record.getFields().add(image.withName(value.getKey()).withFieldType("IMAGE").withValue(text)
                        .withDisplayValue(text));
            } else {
                String shown = imageColumns.contains(value.getKey()) ? "" : text;
                record.getFields().add(new Field().withName(value.getKey()).withFieldType("STRING").withValue(shown)
                        .withDisplayValue(shown));
            }
        }
        if (!imageColumns.isEmpty()) {
            // Broadleaf's template appends this record field to every image URL (its thumbnail operation); none here
            record.getHiddenFields().add(new Field().withName("thumbnailKey").withFieldType("HIDDEN").withValue(""));
        }
        grid.getRecords().add(record);
        return this;
    }

    static boolean isShownImageUrl(String url) {
        return url.startsWith("/") && !url.startsWith("//") || url.startsWith("http://") || url.startsWith("https://");
    }

    /** A toolbar button that opens {@code adminPath} (relative to the admin's context path). */
    public ReadOnlyListGrid link(String id, String displayTextKey, String adminPath) {
        grid.addToolbarAction(new ListGridAction(id).withButtonClass(LINK_BUTTON_CLASS).withIconClass("icon-list")
                .withDisplayText(displayTextKey).withForListGridReadOnly(true).withActionUrlOverride(adminPath));
        return this;
    }

    public ListGrid build() {
        grid.setTotalRecords(grid.getRecords().size());
        grid.setPageSize(Math.max(1, grid.getRecords().size()));
        return grid;
    }
}
