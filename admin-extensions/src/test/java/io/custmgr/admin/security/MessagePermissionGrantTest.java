package io.custmgr.admin.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may send customers e-mails and private messages, from the shipped security import (as Broadleaf's login computes it). */
class MessagePermissionGrantTest {

    private static SecuritySqlRows rows;

    @BeforeAll
    static void loadSecurityImports() throws IOException {
        rows = SecuritySqlRows.shipped();
    }

    @Test
    void administratorsAndCustomerServiceRepsMayMessageCustomers() {
        assertTrue(rows.authoritiesOfRole("ROLE_ADMIN").contains(AdminPermissions.MESSAGE_CUSTOMERS));
        assertTrue(rows.authoritiesOfRole("ROLE_CUSTOMER_SERVICE_REP").contains(AdminPermissions.MESSAGE_CUSTOMERS));
    }

    @Test
    void merchantsGrantItAsOneFriendlyPermissionNamedMessageCustomers() {
        assertEquals(1, rows.rows("BLC_ADMIN_PERMISSION", "DESCRIPTION", "Message Customers").size());
        assertEquals("TRUE", rows.rows("BLC_ADMIN_PERMISSION", "DESCRIPTION", "Message Customers").get(0)
                .get("IS_FRIENDLY"));
    }
}
