package io.custmgr.admin.customer.profile.validation;

import io.custmgr.customer.profile.service.CustomerProfileService;
import org.broadleafcommerce.common.util.FormatUtil;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class DateOfBirthValidatorTest {

    private final CustomerProfileService profileService = mock(CustomerProfileService.class);
    private final DateOfBirthValidator validator = new DateOfBirthValidator();

    @BeforeEach
    void wire() {
        validator.profileService = profileService;
        // The admin's date format takes its time zone from the current Broadleaf request.
        BroadleafRequestContext request = new BroadleafRequestContext();
        request.setTimeZone(TimeZone.getTimeZone("UTC"));
        BroadleafRequestContext.setBroadleafRequestContext(request);
    }

    @AfterEach
    void clearRequest() {
        BroadleafRequestContext.setBroadleafRequestContext(null);
    }

    @Test
    void reportsTheRuleTheServiceFindsBroken() throws Exception {
        String value = "2999.01.01 00:00:00";
        Date parsed = FormatUtil.getDateFormat().parse(value);
        when(profileService.checkDateOfBirth(eq(parsed), any(Date.class))).thenReturn("CustomerProfile_DateOfBirth_InFuture");

        PropertyValidationResult result = validate(value);

        assertFalse(result.isValid());
        assertEquals("CustomerProfile_DateOfBirth_InFuture", result.getErrorMessage());
    }

    @Test
    void acceptsADateTheServiceAccepts() {
        PropertyValidationResult result = validate("1980.05.17 00:00:00");

        assertTrue(result.isValid());
    }

    @Test
    void leavesEmptyAndUnparseableValuesToOtherChecks() {
        assertTrue(validate("").isValid());
        assertTrue(validate("31/02/banana").isValid());
        verifyNoInteractions(profileService);
    }

    private PropertyValidationResult validate(String value) {
        return validator.validate(null, null, null, null, null, "customerProfile.dateOfBirth", value);
    }
}
