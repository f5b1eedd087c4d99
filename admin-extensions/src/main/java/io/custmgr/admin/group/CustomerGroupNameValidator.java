package io.custmgr.admin.group;

import io.custmgr.group.domain.CustomerGroup;
import io.custmgr.group.service.CustomerGroupService;
import io.custmgr.group.service.InvalidCustomerGroupException;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Admin form rule for a group's name (named in its {@code @AdminPresentation}): no other group may have it,
 * whatever the case. A blank or oversized name is left to Broadleaf's own required and length checks, so the
 * merchant sees one message, not two.
 */
@Component("cmCustomerGroupNameValidator")
public class CustomerGroupNameValidator implements PropertyValidator {

    @Resource(name = "cmCustomerGroupService")
    protected CustomerGroupService groupService;

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        Long groupId = instance instanceof CustomerGroup ? ((CustomerGroup) instance).getId() : null;
        String brokenRule = groupService.checkName(value, groupId);
        if (InvalidCustomerGroupException.NAME_TAKEN.equals(brokenRule)) {
            return new PropertyValidationResult(false, brokenRule);
        }
        return new PropertyValidationResult(true);
    }
}
