package io.custmgr.common.validation;

import io.custmgr.customer.profile.domain.CustomerProfile;
import io.custmgr.group.domain.CustomerGroup;
import io.custmgr.group.domain.CustomerGroupImpl;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.junit.jupiter.api.Test;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Column limits as the real Broadleaf context maps them: host columns, transformed-in module columns, own tables. */
@BroadleafIntegrationTest
class ColumnLimitsIT {

    @Resource(name = "cmColumnLimits")
    ColumnLimits limits;

    @Test
    void broadleafColumnsWithoutALengthHoldJpasDefault() {
        assertEquals(255, limits.maxLength(Customer.class, "firstName"));
        assertEquals(255, limits.maxLength(CustomerImpl.class, "emailAddress"));
        assertEquals(255, limits.maxLength(Address.class, "postalCode"));
    }

    @Test
    void moduleColumnsCopiedIntoTheHostCustomerAreReadThroughTheEmbeddedValue() {
        assertEquals(CustomerProfile.PHONE_LENGTH, limits.maxLength(Customer.class, "customerProfile.phone"));
        assertEquals(CustomerProfile.ADMIN_COMMENT_LENGTH,
                limits.maxLength(Customer.class, "customerProfile.adminComment"));
    }

    @Test
    void theModulesOwnTablesAreRead() {
        assertEquals(CustomerGroup.NAME_LENGTH, limits.maxLength(CustomerGroup.class, "name"));
        assertEquals(CustomerGroup.NAME_LENGTH, limits.maxLength(CustomerGroupImpl.class, "name"));
    }

    @Test
    void aValueStoredTwiceIsLimitedByTheNarrowerColumn() {
        assertEquals(CustomerProfile.PHONE_LENGTH,
                limits.narrowest(Address.class, "primaryPhone", Customer.class, "customerProfile.phone"));
    }

    @Test
    void anUnmappedPropertyIsAProgrammingErrorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> limits.maxLength(Customer.class, "nickName"));
        assertTrue(e.getMessage().contains("nickName"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> limits.maxLength(String.class, "length"));
    }
}
