package io.custmgr.admin.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who gets "Export Customers" from the shipped security import, on top of Broadleaf's own roles and permissions (the
 * files a site loads, in the README's order), computed as Broadleaf's login computes authorities.
 */
class ExportPermissionGrantTest {

    private static SecuritySqlRows rows;

    @BeforeAll
    static void loadSecurityImports() throws IOException {
        rows = SecuritySqlRows.shipped();
    }

    @Test
    void administratorsMayExportCustomers() {
        assertTrue(rows.authoritiesOfRole("ROLE_ADMIN").contains(AdminPermissions.EXPORT_CUSTOMERS));
    }

    @Test
    void customerServiceRepsMayNotExportCustomersThoughTheyReadThem() {
        Set<String> csr = rows.authoritiesOfRole("ROLE_CUSTOMER_SERVICE_REP");

        assertFalse(csr.contains(AdminPermissions.EXPORT_CUSTOMERS));
        assertTrue(csr.contains("PERMISSION_READ_CUSTOMER"), "the CSR role reads customers: " + csr);
    }

    @Test
    void merchantsGrantExportAsOneFriendlyPermissionNamedExportCustomers() {
        assertEquals(1, rows.rows("BLC_ADMIN_PERMISSION", "DESCRIPTION", "Export Customers").size());
        assertEquals("TRUE", rows.rows("BLC_ADMIN_PERMISSION", "DESCRIPTION", "Export Customers").get(0)
                .get("IS_FRIENDLY"));
    }

    @Test
    void valuesKeepQuotedCommasAndQuotes() {
        assertEquals(java.util.Arrays.asList("-1", "it's, quoted", "TRUE"),
                SecuritySqlRows.values("-1, 'it''s, quoted', TRUE"));
    }
}
