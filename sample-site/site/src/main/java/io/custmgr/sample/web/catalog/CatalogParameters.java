package io.custmgr.sample.web.catalog;

import org.broadleafcommerce.core.search.domain.ProductSearchCriteria;

import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;

/**
 * Broadleaf hands page, pageSize and sort to Integer.parseInt and to Solr unchecked: "?page=abc" or "?sort=foo" would
 * end in a server error. Category and search pages send such requests back to their plain URL instead.
 */
final class CatalogParameters {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");
    /** The sortable search fields the sample catalog defines. */
    private static final Pattern SORT = Pattern.compile("(name|price) (asc|desc)(,(name|price) (asc|desc))*");

    private CatalogParameters() {
    }

    static boolean wellFormed(HttpServletRequest request) {
        return matches(request, ProductSearchCriteria.PAGE_NUMBER, NUMBER)
                && matches(request, ProductSearchCriteria.PAGE_SIZE_STRING, NUMBER)
                && matches(request, ProductSearchCriteria.SORT_STRING, SORT);
    }

    private static boolean matches(HttpServletRequest request, String name, Pattern pattern) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return true;
        }
        for (String value : values) {
            if (value == null || !pattern.matcher(value).matches()) {
                return false;
            }
        }
        return true;
    }
}
