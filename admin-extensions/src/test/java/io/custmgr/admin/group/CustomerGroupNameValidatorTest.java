package io.custmgr.admin.group;

import io.custmgr.group.domain.CustomerGroup;
import io.custmgr.group.service.CustomerGroupService;
import io.custmgr.group.service.InvalidCustomerGroupException;
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

class CustomerGroupNameValidatorTest {

    private final CustomerGroupService groupService = mock(CustomerGroupService.class);
    private final CustomerGroupNameValidator validator = new CustomerGroupNameValidator();

    @BeforeEach
    void wire() {
        validator.groupService = groupService;
    }

    @Test
    void aNameAnotherGroupHasIsAnErrorAtTheField() {
        when(groupService.checkName("vip", null)).thenReturn(InvalidCustomerGroupException.NAME_TAKEN);

        PropertyValidationResult result = validate(null, "vip");

        assertFalse(result.isValid());
        assertEquals(InvalidCustomerGroupException.NAME_TAKEN, result.getErrorMessage());
    }

    @Test
    void theGroupBeingEditedIsNotItsOwnDuplicate() {
        CustomerGroup edited = mock(CustomerGroup.class);
        when(edited.getId()).thenReturn(7L);
        when(groupService.checkName("VIP", 7L)).thenReturn(null);

        assertTrue(validate(edited, "VIP").isValid());
    }

    @Test
    void blankAndOversizedNamesAreLeftToBroadleafsOwnChecks() {
        when(groupService.checkName("", null)).thenReturn(InvalidCustomerGroupException.NAME_REQUIRED);
        when(groupService.checkName("x", null)).thenReturn(InvalidCustomerGroupException.NAME_TOO_LONG);

        assertTrue(validate(null, "").isValid(), "Broadleaf's required check reports it");
        assertTrue(validate(null, "x").isValid(), "Broadleaf's length check reports it");
    }

    private PropertyValidationResult validate(Serializable instance, String value) {
        return validator.validate(null, instance, Collections.emptyMap(), Collections.emptyMap(), null, "name", value);
    }
}
