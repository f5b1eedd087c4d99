package io.custmgr.admin.security;

import io.custmgr.admin.assist.LoginAsCustomerFormAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who gets "Login as Customer" and the Assistance Log from the shipped security import, as Broadleaf computes it. */
class LoginAsCustomerGrantTest {

    static final String READ_LOG = "PERMISSION_READ_CUSTMGR_ASSISTANCE_LOG";

    private static SecuritySqlRows rows;

    @BeforeAll
    static void loadSecurityImports() throws IOException {
        rows = SecuritySqlRows.shipped();
    }

    @Test
    void administratorsMayLogInAsCustomersAndReadTheAssistanceLog() {
        Set<String> admin = rows.authoritiesOfRole("ROLE_ADMIN");

        assertTrue(admin.contains(LoginAsCustomerFormAction.LOGIN_AS_PERMISSION), admin.toString());
        assertTrue(admin.contains(READ_LOG), admin.toString());
    }

    @Test
    void customerServiceRepsGetNeitherUntilAMerchantGrantsThem() {
        Set<String> csr = rows.authoritiesOfRole("ROLE_CUSTOMER_SERVICE_REP");

        assertFalse(csr.contains(LoginAsCustomerFormAction.LOGIN_AS_PERMISSION));
        assertFalse(csr.contains(READ_LOG));
    }

    @Test
    void merchantsGrantItAsOneFriendlyPermissionNamedLoginAsCustomer() {
        assertEquals(1, rows.rows("BLC_ADMIN_PERMISSION", "DESCRIPTION", "Login as Customer").size());
        assertEquals("TRUE", rows.rows("BLC_ADMIN_PERMISSION", "DESCRIPTION", "Login as Customer").get(0)
                .get("IS_FRIENDLY"));
    }
}
