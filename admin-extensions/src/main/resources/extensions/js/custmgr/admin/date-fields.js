/*
 * Customer Manager: honest date fields in the Broadleaf admin.
 *
 * Broadleaf's date picker drops what the merchant typed when it is not a date: on leaving the field it puts the
 * previous date back, and Save then stores the rest of the form as if nothing had been typed (or, with no previous
 * date, the page's own date conversion throws and Save does nothing). This script remembers what was typed and, on
 * Save, sends a date it cannot read to the server as typed, so the server's date check answers with a field error
 * and saves nothing.
 */
(function($) {
    var TYPED = 'custmgrTypedDate';
    // The picker's display format: MM/dd/yyyy, optionally with HH:mm or HH:mm:ss.
    var DISPLAY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

    function isReadableDate(text) {
        var parts = DISPLAY_DATE.exec(text);
        if (!parts) {
            return false;
        }
        var month = +parts[1], day = +parts[2], year = +parts[3];
        var date = new Date(year, month - 1, day);
        return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
            && (parts[4] === undefined || (+parts[4] < 24 && +parts[5] < 60 && (parts[6] === undefined || +parts[6] < 60)));
    }

    function sendUnreadableDatesAsTyped(form) {
        $(form).find('input.datepicker').each(function() {
            var $input = $(this);
            var typed = $input.data(TYPED);
            if (typed === undefined) {
                return;
            }
            typed = $.trim(typed);
            if (typed !== '' && !isReadableDate(typed)) {
                // Without the class Broadleaf neither re-parses nor converts the value before posting it.
                $input.removeClass('datepicker hasDatepicker').val(typed);
            }
        });
    }

    $(document).on('input keyup paste', 'input.datepicker', function() {
        $(this).data(TYPED, $(this).val());
    });

    // A date chosen in the calendar replaces whatever was typed.
    $(document).on('mousedown', '#ui-datepicker-div', function() {
        $('input.datepicker').removeData(TYPED);
    });

    // Capture phase: runs before Broadleaf's own Save and submit handlers.
    document.addEventListener('click', function(event) {
        var button = $(event.target).closest('button.submit-button');
        if (button.length) {
            $('form.entity-form').each(function() { sendUnreadableDatesAsTyped(this); });
        }
    }, true);
    document.addEventListener('submit', function(event) {
        sendUnreadableDatesAsTyped(event.target);
    }, true);
})(jQuery);
