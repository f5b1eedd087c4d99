package io.custmgr.admin.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may add and remove reward points, from the shipped security import (as Broadleaf's login computes it). */
class RewardPointsPermissionGrantTest {

    @Test
    void administratorsHoldTheFriendlyManageRewardPointsAndCustomerServiceRepsDoNot() throws IOException {
        SecuritySqlRows rows = SecuritySqlRows.shipped();
        assertTrue(rows.isOneFriendlyPermission("Manage Reward Points"));
        Set<String> admin = rows.authoritiesOfRole("ROLE_ADMIN");
        assertTrue(admin.contains(AdminPermissions.MANAGE_REWARD_POINTS));
        assertFalse(rows.authoritiesOfRole("ROLE_CUSTOMER_SERVICE_REP").contains(AdminPermissions.MANAGE_REWARD_POINTS));
    }
}
