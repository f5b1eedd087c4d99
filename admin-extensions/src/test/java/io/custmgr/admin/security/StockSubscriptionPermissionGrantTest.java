package io.custmgr.admin.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may see back-in-stock subscriptions, from the shipped security import. */
class StockSubscriptionPermissionGrantTest {

    private static SecuritySqlRows rows;

    @BeforeAll
    static void loadSecurityImports() throws IOException {
        rows = SecuritySqlRows.shipped();
    }

    @Test
    void administratorsAndCustomerServiceRepsSeeThem() {
        assertTrue(rows.authoritiesOfRole("ROLE_ADMIN").contains(AdminPermissions.VIEW_STOCK_SUBSCRIPTIONS));
        assertTrue(rows.authoritiesOfRole("ROLE_CUSTOMER_SERVICE_REP")
                .contains(AdminPermissions.VIEW_STOCK_SUBSCRIPTIONS));
        assertTrue(rows.isOneFriendlyPermission("View Back-in-Stock Subscriptions"));
    }

    @Test
    void theSectionIsInItsIdBlock() {
        List<Map<String, String>> sections = rows.rows("BLC_ADMIN_SECTION", "NAME", "Back-in-Stock");
        assertEquals(1, sections.size());
        assertEquals("/stock-subscriptions", sections.get(0).get("URL"));
        long id = Long.parseLong(sections.get(0).get("ADMIN_SECTION_ID"));
        assertTrue(id >= -91420 && id <= -91402, "id " + id);
    }
}
