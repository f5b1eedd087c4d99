package io.custmgr.admin.customer.profile.validation;

import io.custmgr.customer.profile.service.CustomerProfileService;
import org.apache.commons.lang3.StringUtils;
import org.broadleafcommerce.common.util.FormatUtil;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.text.ParseException;
import java.util.Date;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Admin form rule for the profile's date of birth (named in its {@code @AdminPresentation}). A value that is not a
 * date at all is left to Broadleaf's own field-type check, so the merchant sees one message, not two.
 */
@Component("cmDateOfBirthValidator")
public class DateOfBirthValidator implements PropertyValidator {

    @Resource(name = "cmCustomerProfileService")
    protected CustomerProfileService profileService;

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (StringUtils.isBlank(value)) {
            return new PropertyValidationResult(true);
        }
        Date dateOfBirth;
        try {
            dateOfBirth = FormatUtil.getDateFormat().parse(value);
        } catch (ParseException e) {
            return new PropertyValidationResult(true);
        }
        String brokenRule = profileService.checkDateOfBirth(dateOfBirth, new Date());
        return brokenRule == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, brokenRule);
    }
}
