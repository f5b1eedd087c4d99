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
})(jQuery);
