package io.custmgr.admin.ipblock;

import io.custmgr.ipblock.domain.BlockedIp;
import io.custmgr.ipblock.domain.InvalidIpRangeException;
import io.custmgr.ipblock.service.IpBlockService;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class BlockedIpAddressValidatorTest {

    private final IpBlockService ipBlockService = mock(IpBlockService.class);
    private final BlockedIpAddressValidator validator = new BlockedIpAddressValidator();

    @BeforeEach
    void wire() {
        validator.ipBlockService = ipBlockService;
    }

    @Test
    void theBrokenRuleIsTheFieldsError() {
        when(ipBlockService.checkAddress("10.0.0.300", null)).thenReturn(InvalidIpRangeException.INVALID);
        when(ipBlockService.checkAddress("10.0.0.0/24", null)).thenReturn(InvalidIpRangeException.ALREADY_BLOCKED);

        PropertyValidationResult invalid = validate(null, "10.0.0.300");
        assertFalse(invalid.isValid());
        assertEquals(InvalidIpRangeException.INVALID, invalid.getErrorMessage());
        assertEquals(InvalidIpRangeException.ALREADY_BLOCKED, validate(null, "10.0.0.0/24").getErrorMessage());
    }

    @Test
    void theBlockBeingEditedIsNotItsOwnDuplicate() {
        BlockedIp edited = mock(BlockedIp.class);
        when(edited.getId()).thenReturn(7L);
        when(ipBlockService.checkAddress("10.0.0.0/24", 7L)).thenReturn(null);

        assertTrue(validate(edited, "10.0.0.0/24").isValid());
    }

    @Test
    void aBlankValueIsLeftToBroadleafsRequiredCheck() {
        when(ipBlockService.checkAddress("", null)).thenReturn(InvalidIpRangeException.REQUIRED);

        assertTrue(validate(null, "").isValid(), "Broadleaf's required check reports it");
    }

    private PropertyValidationResult validate(Serializable instance, String value) {
        return validator.validate(null, instance, Collections.emptyMap(), Collections.emptyMap(), null, "address",
                value);
    }
}
