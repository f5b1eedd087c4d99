package io.custmgr.admin.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may add and remove reward points, from the shipped security import (as Broadleaf's login computes it). */
class RewardPointsPermissionGrantTest {

    private static SecuritySqlRows rows;

    @BeforeAll
    static void loadSecurityImports() throws IOException {
        rows = new SecuritySqlRows().load("config/bc/sql/load_admin_permissions.sql")
                .load("config/bc/sql/load_admin_roles.sql")
                .load("config/custmgr/sql/load_custmgr_admin_security.sql");
    }

    @Test
    void administratorsMayManageRewardPointsAndCustomerServiceRepsMayNot() {
        assertTrue(rows.authoritiesOfRole("ROLE_ADMIN").contains(AdminPermissions.MANAGE_REWARD_POINTS));
        assertFalse(rows.authoritiesOfRole("ROLE_CUSTOMER_SERVICE_REP").contains(AdminPermissions.MANAGE_REWARD_POINTS));
    }

    @Test
    void merchantsGrantItAsOneFriendlyPermissionNamedManageRewardPoints() {
        assertEquals(1, rows.rows("BLC_ADMIN_PERMISSION", "DESCRIPTION", "Manage Reward Points").size());
        assertEquals("TRUE", rows.rows("BLC_ADMIN_PERMISSION", "DESCRIPTION", "Manage Reward Points").get(0)
                .get("IS_FRIENDLY"));
    }
}
