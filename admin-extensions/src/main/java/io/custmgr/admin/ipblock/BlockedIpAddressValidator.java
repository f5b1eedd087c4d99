package io.custmgr.admin.ipblock;

import io.custmgr.ipblock.domain.BlockedIp;
import io.custmgr.ipblock.domain.InvalidIpRangeException;
import io.custmgr.ipblock.service.IpBlockService;
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
 * Admin form rule for a blocked IP's address (named in its {@code @AdminPresentation}): an IPv4 or IPv6 address or
 * CIDR range, not too wide, not blocked already. A blank value is left to Broadleaf's required check, so the merchant
 * sees one message, not two. The entity normalizes the value when it is saved.
 */
@Component("cmBlockedIpAddressValidator")
public class BlockedIpAddressValidator implements PropertyValidator {

    @Resource(name = "cmIpBlockService")
    protected IpBlockService ipBlockService;

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        Long id = instance instanceof BlockedIp ? ((BlockedIp) instance).getId() : null;
        String brokenRule = ipBlockService.checkAddress(value, id);
        if (brokenRule == null || InvalidIpRangeException.REQUIRED.equals(brokenRule)) {
            return new PropertyValidationResult(true);
        }
        return new PropertyValidationResult(false, brokenRule);
    }
}
