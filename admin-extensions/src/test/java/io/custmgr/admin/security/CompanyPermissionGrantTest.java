package io.custmgr.admin.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may see and change company accounts, from the shipped security import. */
class CompanyPermissionGrantTest {

    private static SecuritySqlRows rows;

    @BeforeAll
    static void loadSecurityImports() throws IOException {
        rows = SecuritySqlRows.shipped();
    }

    @Test
    void administratorsViewAndManageCompanies() {
        Set<String> admin = rows.authoritiesOfRole("ROLE_ADMIN");
        assertTrue(admin.contains(AdminPermissions.VIEW_COMPANIES));
        assertTrue(admin.contains(AdminPermissions.MANAGE_COMPANIES));
    }

    @Test
    void customerServiceRepsMayLookButNotChange() {
        Set<String> csr = rows.authoritiesOfRole("ROLE_CUSTOMER_SERVICE_REP");
        assertTrue(csr.contains(AdminPermissions.VIEW_COMPANIES));
        assertFalse(csr.contains(AdminPermissions.MANAGE_COMPANIES));
    }

    @Test
    void theCompaniesSectionIsInTheCompanyIdBlock() {
        List<Map<String, String>> sections = rows.rows("BLC_ADMIN_SECTION", "NAME", "Companies");
        assertEquals(1, sections.size());
        assertEquals("/companies", sections.get(0).get("URL"));
        for (String name : new String[] {"View Companies", "Manage Companies"}) {
            for (Map<String, String> row : rows.rows("BLC_ADMIN_PERMISSION", "DESCRIPTION", name)) {
                long id = Long.parseLong(row.get("ADMIN_PERMISSION_ID"));
                assertTrue(id >= -91459 && id <= -91450, name + " has id " + id);
            }
        }
    }
}
