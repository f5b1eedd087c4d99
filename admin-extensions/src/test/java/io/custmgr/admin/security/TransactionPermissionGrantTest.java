package io.custmgr.admin.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may record manual payments and refunds, from the shipped security import. */
class TransactionPermissionGrantTest {

    private static SecuritySqlRows rows;

    @BeforeAll
    static void loadSecurityImports() throws IOException {
        rows = SecuritySqlRows.shipped();
    }

    @Test
    void administratorsMayRecordTransactionsAndCustomerServiceRepsMayNot() {
        assertTrue(rows.authoritiesOfRole("ROLE_ADMIN").contains(AdminPermissions.RECORD_TRANSACTIONS));
        assertFalse(rows.authoritiesOfRole("ROLE_CUSTOMER_SERVICE_REP")
                .contains(AdminPermissions.RECORD_TRANSACTIONS));
    }

    @Test
    void thePermissionRowsStayInTheTransactionsIdBlock() {
        for (String description : new String[] {"Record Transactions", "Record Transactions (action)"}) {
            for (Map<String, String> row : rows.rows("BLC_ADMIN_PERMISSION", "DESCRIPTION", description)) {
                long id = Long.parseLong(row.get("ADMIN_PERMISSION_ID"));
                assertTrue(id >= -91479 && id <= -91460, description + " has id " + id);
            }
            assertEquals(1, rows.rows("BLC_ADMIN_PERMISSION", "DESCRIPTION", description).size());
        }
    }
}
