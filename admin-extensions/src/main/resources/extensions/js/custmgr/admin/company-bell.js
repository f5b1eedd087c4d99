/*
 * Customer Manager: the bell in the admin header. For an admin user who may approve company requests, a bell next to
 * the user menu shows how many requests wait and links to Customer Care → Company Requests. It asks the server once
 * per page (GET /company-requests/count); a user without the permission gets 403 and no bell.
 */
(function($) {
    function showBell(pending) {
        var $menu = $('header.top-bar ul.right').first();
        if (!$menu.length || $menu.find('.custmgr-bell').length) {
            return;
        }
        var label = pending === 1 ? '1 company request waiting'
            : (pending ? pending + ' company requests waiting' : 'No company requests waiting');
        var $link = $('<a class="custmgr-bell-link"/>').attr('href', BLC.servletContext + '/company-requests')
            .attr('title', label).attr('aria-label', label).text('\uD83D\uDD14');
        $link.css({'font-size': '18px', 'padding': '0 10px', 'position': 'relative'});
        if (pending) {
            $link.append($('<span class="custmgr-bell-count"/>').text(String(pending)).css({'background': '#a4262c',
                'color': '#fff', 'border-radius': '9px', 'font-size': '11px', 'font-weight': 'bold',
                'padding': '1px 6px', 'margin-left': '2px', 'vertical-align': 'top'}));
        }
        $menu.prepend($('<li class="custmgr-bell"/>').append($link));
    }

    $(document).ready(function() {
        if (!$('header.top-bar').length) {
            return;
        }
        $.ajax({url: BLC.servletContext + '/company-requests/count', dataType: 'json', cache: false})
            .done(function(data) {
                if (data && typeof data.pending === 'number') {
                    showBell(data.pending);
                }
            });
    });
})(jQuery);
