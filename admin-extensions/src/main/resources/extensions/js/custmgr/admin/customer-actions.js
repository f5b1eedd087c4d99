/* Customer Manager: form action buttons that open a page of their own (Broadleaf only wires its built-in ones). */
(function($) {
    $(document).on('click', 'button.custmgr-navigation-history', function(event) {
        event.preventDefault();
        // data-action holds "/{customerId}/navigation-history"; data-url is page-relative, so build the path here.
        window.location = BLC.servletContext + '/customer' + $(this).data('action');
    });
})(jQuery);
