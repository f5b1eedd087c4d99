/* Customer Manager: buttons that open a page of their own (Broadleaf only wires its built-in ones). */
(function($) {
    $(document).on('click', 'button.custmgr-navigation-history', function(event) {
        event.preventDefault();
        // data-action holds "/{customerId}/navigation-history"; data-url is page-relative, so build the path here.
        window.location = BLC.servletContext + '/customer' + $(this).data('action');
    });
    // Toolbar links of the module's read-only grids (e.g. "See all" under recent page views); the URL is absolute.
    $(document).on('click', 'button.custmgr-grid-link', function(event) {
        event.preventDefault();
        event.stopPropagation();
        window.location = $(this).data('actionurl');
    });
    // "Convert to account": a change, so a POST carrying the form's CSRF token, after the merchant confirms.
    $(document).on('click', 'button.custmgr-convert-guest', function(event) {
        event.preventDefault();
        var $button = $(this);
        if (!window.confirm($button.data('confirm') || 'Convert this guest into an account?')) {
            return;
        }
        var token = $('input[name="csrfToken"]').first().val(); // as Broadleaf's own BLC.ajax finds it
        var $post = $('<form method="POST"></form>')
            .attr('action', BLC.servletContext + '/customer' + $button.data('action'))
            .append($('<input type="hidden" name="csrfToken"/>').val(token));
        $('body').append($post);
        $post.submit();
    });
})(jQuery);
