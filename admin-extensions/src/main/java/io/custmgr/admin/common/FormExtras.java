package io.custmgr.admin.common;

import org.broadleafcommerce.openadmin.web.form.entity.Field;

/**
 * Read-only pieces the module puts into field groups of an entity form, each drawn by its own template
 * ({@code open_admin_style/templates/fields/custmgr_*.html}). None has a form input name, so saving the entity form
 * never posts them.
 */
public final class FormExtras {

    /** Template fields/custmgr_note.html: a label and a text, escaped. */
    public static final String NOTE_TYPE = "CUSTMGR_NOTE";
    /**
     * Template fields/custmgr_checkbox.html: a real checkbox posting {@code true} when ticked and nothing otherwise
     * (Broadleaf's own boolean fields are Yes/No radios); its hint is the message {@code <label key>_Hint}.
     */
    public static final String CHECKBOX_TYPE = "CUSTMGR_CHECKBOX";
    /**
     * Template fields/custmgr_action.html: a labelled button (type "button", never submitting the entity form) whose
     * class and {@code data-action} the module's admin script acts on, for actions that would crowd the form's toolbar.
     */
    public static final String ACTION_TYPE = "CUSTMGR_ACTION";
    /** Template fields/custmgr_grid_filter.html: a filter box over a grid, driven by customer-actions.js. */
    public static final String GRID_FILTER_TYPE = "CUSTMGR_GRID_FILTER";

    private FormExtras() {
    }

    /** @param labelKey message key of the label */
    public static Field note(String name, String labelKey, String text, int order) {
        return new Field().withName(name).withFriendlyName(labelKey).withFieldType(NOTE_TYPE).withOrder(order)
                .withValue(text).withDisplayValue(text == null ? "" : text);
    }

    /**
     * @param labelKey message key of the label
     * @param buttonKey message key of the button's text
     * @param action the button's {@code data-action} (e.g. "/{customerId}/login-as")
     */
    public static Field action(String name, String labelKey, String buttonKey, String buttonClass, String action,
            int order) {
        Field field = new Field().withName(name).withFriendlyName(labelKey).withFieldType(ACTION_TYPE)
                .withOrder(order).withValue("").withDisplayValue("");
        field.getAttributes().put("buttonKey", buttonKey);
        field.getAttributes().put("buttonClass", buttonClass);
        field.getAttributes().put("action", action);
        return field;
    }

    /**
     * A filter box that reloads the page with {@code param=<text>} (and without any page parameter); the page
     * parameter's name and the shown range go to the summary beside it.
     *
     * @param summaryKey message with the placeholders {0} first row, {1} last row, {2} rows in all
     */
    public static Field gridFilter(String name, String labelKey, String param, String pageParam, String value,
            int maxLength, String summaryKey, long first, long last, long total) {
        Field field = new Field().withName(name).withFriendlyName(labelKey).withFieldType(GRID_FILTER_TYPE)
                .withOrder(1).withValue(value == null ? "" : value);
        field.getAttributes().put("param", param);
        field.getAttributes().put("pageParam", pageParam);
        field.getAttributes().put("maxLength", String.valueOf(maxLength));
        field.getAttributes().put("summaryKey", summaryKey);
        field.getAttributes().put("first", String.valueOf(first));
        field.getAttributes().put("last", String.valueOf(last));
        field.getAttributes().put("total", String.valueOf(total));
        return field;
    }
}
