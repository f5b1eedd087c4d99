/*
 * Customer Manager: admin form fields that say what they are. Broadleaf 3.1 writes a field's label as a
 * <div class="field-label"> beside its control, tied to nothing, so a screen reader announces a bare "edit text".
 * This ties each field box's label to the box's controls (aria-labelledby) when the page loads and whenever Broadleaf
 * loads a form into it (Add dialogs, list grids). Controls that already have a label or an accessible name are left
 * as they are.
 */
(function($) {
    var CONTROLS = 'input:not([type=hidden]):not([type=button]):not([type=submit]), select, textarea';
    var labelled = 0;

    function hasName(control) {
        return (control.labels && control.labels.length) || control.hasAttribute('aria-label')
            || control.hasAttribute('aria-labelledby');
    }

    function labelFields() {
        $('.field-box').each(function() {
            var $label = $(this).children('.field-label').first();
            if (!$label.length) {
                return;
            }
            $(this).find(CONTROLS).not('.autosizejs').each(function() {
                if (hasName(this)) {
                    return;
                }
                if (!$label.attr('id')) {
                    $label.attr('id', 'custmgr-field-label-' + (++labelled));
                }
                $(this).attr('aria-labelledby', $label.attr('id'));
            });
        });
    }

    $(document).ajaxComplete(function() {
        setTimeout(labelFields, 0);
    });
    $(function() {
        labelFields();
    });
})(jQuery);
