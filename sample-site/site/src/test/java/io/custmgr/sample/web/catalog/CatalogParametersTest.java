package io.custmgr.sample.web.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;

class CatalogParametersTest {

    @Test
    void acceptsRequestsWithoutPagingOrSorting() {
        assertTrue(CatalogParameters.wellFormed(request(null, null, null)));
    }

    @Test
    void acceptsNumbersAndKnownSortFields() {
        assertTrue(CatalogParameters.wellFormed(request("2", "15", "price asc,name desc")));
    }

    @Test
    void rejectsWhatBroadleafWouldFailOn() {
        assertFalse(CatalogParameters.wellFormed(request("abc", null, null)));
        assertFalse(CatalogParameters.wellFormed(request(null, "99999999999", null)));
        assertFalse(CatalogParameters.wellFormed(request(null, null, "price")));
        assertFalse(CatalogParameters.wellFormed(request(null, null, "foo asc")));
    }

    private static HttpServletRequest request(String page, String pageSize, String sort) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getParameterValues("page")).thenReturn(page == null ? null : new String[] {page});
        when(request.getParameterValues("pageSize")).thenReturn(pageSize == null ? null : new String[] {pageSize});
        when(request.getParameterValues("sort")).thenReturn(sort == null ? null : new String[] {sort});
        return request;
    }
}
