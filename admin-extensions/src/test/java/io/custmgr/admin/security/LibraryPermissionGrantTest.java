package io.custmgr.admin.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may see and change digital libraries, files and downloads, from the shipped security import. */
class LibraryPermissionGrantTest {

    private static SecuritySqlRows rows;

    @BeforeAll
    static void loadSecurityImports() throws IOException {
        rows = SecuritySqlRows.shipped();
    }

    @Test
    void administratorsHoldAllFourLibraryPermissions() {
        Set<String> admin = rows.authoritiesOfRole("ROLE_ADMIN");
        assertTrue(admin.contains(AdminPermissions.VIEW_LIBRARY));
        assertTrue(admin.contains(AdminPermissions.MANAGE_LIBRARY));
        assertTrue(admin.contains(AdminPermissions.MANAGE_DIGITAL_FILES));
        assertTrue(admin.contains(AdminPermissions.VIEW_DOWNLOADS));
    }

    @Test
    void customerServiceRepsMayLookButNotChange() {
        Set<String> csr = rows.authoritiesOfRole("ROLE_CUSTOMER_SERVICE_REP");
        assertTrue(csr.contains(AdminPermissions.VIEW_LIBRARY));
        assertTrue(csr.contains(AdminPermissions.VIEW_DOWNLOADS));
        assertFalse(csr.contains(AdminPermissions.MANAGE_LIBRARY));
        assertFalse(csr.contains(AdminPermissions.MANAGE_DIGITAL_FILES));
    }

    @Test
    void theSecurityRowsStayInTheLibrarysIdBlock() {
        for (String table : new String[] {"BLC_ADMIN_PERMISSION", "BLC_ADMIN_SECTION"}) {
            String idColumn = table.equals("BLC_ADMIN_PERMISSION") ? "ADMIN_PERMISSION_ID" : "ADMIN_SECTION_ID";
            for (String name : new String[] {"View Library", "Manage Library", "Manage Digital Files",
                    "View Downloads", "Downloads", "Library Rebuild"}) {
                for (Map<String, String> row : rows.rows(table, table.equals("BLC_ADMIN_PERMISSION") ? "DESCRIPTION"
                        : "NAME", name)) {
                    long id = Long.parseLong(row.get(idColumn));
                    assertTrue(id >= -91399 && id <= -91350, name + " has id " + id);
                }
            }
        }
        assertEquals(1, rows.rows("BLC_ADMIN_SECTION", "NAME", "Downloads").size());
    }
}
