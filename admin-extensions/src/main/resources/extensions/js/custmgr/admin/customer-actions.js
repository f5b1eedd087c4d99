/*
 * The customer form has fourteen tabs; in one row they overflow a 1280px window, and Broadleaf's entity form script
 * then turns the strip into a scroll box that hides the last tabs. Narrower tabs that wrap onto a second row stay
 * visible (and the script, measuring the last tab inside the strip, leaves them alone); set before it runs at document
 * ready.
 */
(function() {
    var style = document.createElement('style');
    style.appendChild(document.createTextNode('dl.tabs.entity-form dd a { padding: 0 10px; }'
        + ' dl.tabs.entity-form { height: auto; white-space: normal; overflow: visible; }'));
    (document.head || document.documentElement).appendChild(style);
})();

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
    // Buttons that change something or issue something: a POST to "/customer" + data-action carrying the form's CSRF
    // token (as Broadleaf's own BLC.ajax finds it).
    function postAction($button) {
        var token = $('input[name="csrfToken"]').first().val();
        var $post = $('<form method="POST"></form>')
            .attr('action', BLC.servletContext + '/customer' + $button.data('action'))
            .append($('<input type="hidden" name="csrfToken"/>').val(token));
        $('body').append($post);
        $post.submit();
    }
    // "Convert to account", after the merchant confirms.
    $(document).on('click', 'button.custmgr-convert-guest', function(event) {
        event.preventDefault();
        if (window.confirm($(this).data('confirm') || 'Convert this guest into an account?')) {
            postAction($(this));
        }
    });
    // "Resend confirmation e-mail": a new link to the customer's pending registration.
    $(document).on('click', 'button.custmgr-resend-confirmation', function(event) {
        event.preventDefault();
        postAction($(this));
    });
    // "Login as customer": the answer is a page that opens the storefront signed in as the customer.
    $(document).on('click', 'button.custmgr-login-as-customer', function(event) {
        event.preventDefault();
        postAction($(this));
    });

    // Read-only grids whose rows open a page (e.g. an order in Broadleaf's order screen): the first cell becomes a
    // real link (text set as text, never as markup) and a click anywhere on the row follows it.
    function linkRows() {
        $('table.custmgr-linked-rows tbody tr[data-link]').each(function() {
            var $row = $(this);
            var $cell = $row.children('td').first();
            if ($cell.find('a.custmgr-row-link').length || $cell.hasClass('list-grid-no-results')) {
                return;
            }
            var text = $.trim($cell.text());
            // Broadleaf's grid link colour (#8eaa2b) is too pale to read on white: 4.5:1 or more here
            $cell.empty().append($('<a class="custmgr-row-link"></a>').attr('href', $row.data('link')).text(text)
                .css('color', '#4f6319'));
        });
    }
    $(document).on('click', 'table.custmgr-linked-rows tbody tr[data-link]', function(event) {
        if ($(event.target).closest('a').length || $(this).find('td.list-grid-no-results').length) {
            return;
        }
        window.location = $(this).data('link');
    });

    // Filter boxes over the module's grids: reload the page with the filter as a GET parameter (first page). Enter
    // must not submit the entity form around the box (that would save the customer).
    function applyFilter($box, value) {
        var params = {};
        if (value) {
            params[$box.data('param')] = value;
        }
        var query = $.param(params);
        window.location = window.location.pathname + (query ? '?' + query : '');
    }
    $(document).on('keydown', 'input.custmgr-grid-filter-input', function(event) {
        if (event.which === 13) {
            event.preventDefault();
            applyFilter($(this).closest('.custmgr-grid-filter'), $.trim($(this).val()));
        }
    });
    $(document).on('click', 'button.custmgr-grid-filter-apply', function(event) {
        event.preventDefault();
        var $box = $(this).closest('.custmgr-grid-filter');
        applyFilter($box, $.trim($box.find('input.custmgr-grid-filter-input').val()));
    });
    $(document).on('click', 'button.custmgr-grid-filter-clear', function(event) {
        event.preventDefault();
        applyFilter($(this).closest('.custmgr-grid-filter'), '');
    });

    function openTabOf($element) {
        var match = /\btab(\d+)Tab\b/.exec($element.closest('li.entityFormTab').attr('class') || '');
        if (match) {
            $('dl.tabs a[href="#tab' + match[1] + '"]').first().click();
        }
    }

    // After filtering or paging, show the tab holding that grid again instead of the form's first tab.
    function showFilteredTab() {
        var search = window.location.search;
        // grids paged by toolbar links ("Newer", "Older") whose page parameter is in the address
        $('button.custmgr-grid-link').each(function() {
            var page = /[?&](\w+Page)=/.exec(String($(this).data('actionurl') || ''));
            if (page && new RegExp('[?&]' + page[1] + '=').test(search)) {
                openTabOf($(this));
            }
        });
        $('.custmgr-grid-filter').each(function() {
            var $box = $(this);
            var named = new RegExp('[?&](' + $box.data('param') + '|' + $box.data('pageparam') + ')=');
            if (!named.test(search)) {
                return;
            }
            var match = /\btab(\d+)Tab\b/.exec($box.closest('li.entityFormTab').attr('class') || '');
            if (match) {
                $('dl.tabs a[href="#tab' + match[1] + '"]').first().click();
            }
        });
    }

    $(function() {
        linkRows();
        setTimeout(showFilteredTab, 0);
    });
})(jQuery);

/*
 * "Merge with…", "Erase personal data…" and "Export personal data…": open the customer's merge, erasure or export
 * page (a GET; the merge, erasure or export itself is started there).
 */
(function($) {
    $(document).on('click', 'button.custmgr-merge-customer, button.custmgr-erase-customer,'
            + ' button.custmgr-export-personal-data', function(event) {
        event.preventDefault();
        window.location = BLC.servletContext + '/customer' + $(this).data('action');
    });
})(jQuery);

/*
 * "Delete selected" on the customer list (the button is there only for admin users who may delete customers): Broadleaf
 * 3.1's list grid selects one row at a time, so each row gets a checkbox in its first cell; the button opens the
 * confirmation page with the ticked customers (a GET that changes nothing; the delete there is a POST with the token).
 */
(function($) {
    function addTicks() {
        if (!$('button.custmgr-delete-selected').length) {
            return;
        }
        $('.listgrid-container#main table tbody tr[data-rowid]').each(function() {
            var $cell = $(this).children('td').first();
            if ($cell.find('input.custmgr-delete-tick').length || !$(this).data('rowid')) {
                return;
            }
            var $tick = $('<input type="checkbox" class="custmgr-delete-tick"/>').val($(this).data('rowid'))
                .attr('aria-label', 'Select ' + $.trim($cell.text()) + ' for deletion');
            $tick.on('click', function(event) {
                event.stopPropagation(); // a tick must not open the customer
            });
            $cell.prepend(' ').prepend($tick);
        });
    }
    $(document).on('click', 'button.custmgr-delete-selected', function(event) {
        event.preventDefault();
        event.stopPropagation();
        var ids = $('input.custmgr-delete-tick:checked').map(function() {
            return $(this).val();
        }).get();
        if (!ids.length) {
            window.alert('Tick the customers to delete first.');
            return;
        }
        window.location = $(this).data('url') + '?' + $.param({ids: ids}, true);
    });
    $(document).ajaxComplete(function() {
        setTimeout(addTicks, 0);
    });
    $(function() {
        addTicks();
    });
})(jQuery);

