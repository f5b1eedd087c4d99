package io.custmgr.admin.disposable;

import io.custmgr.disposable.domain.DisposableDomain;
import io.custmgr.disposable.service.DisposableDomainService;
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
 * Admin form rule for a disposable domain (named in its {@code @AdminPresentation}): a host name of two or more
 * labels, not listed already. A blank value is left to Broadleaf's required check.
 */
@Component("cmDisposableDomainValidator")
public class DisposableDomainValidator implements PropertyValidator {

    @Resource(name = "cmDisposableDomainService")
    protected DisposableDomainService domainService;

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        Long id = instance instanceof DisposableDomain ? ((DisposableDomain) instance).getId() : null;
        String brokenRule = domainService.checkDomain(value, id);
        return brokenRule == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, brokenRule);
    }
}
