package io.custmgr.admin.customer.deletion;

import io.custmgr.customer.deletion.service.CustomerDeletionRefusedException;
import io.custmgr.customer.deletion.service.CustomerDeletionService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.ValidationException;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandler;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * The admin's Delete of a customer, through {@code cmCustomerDeletionService}: the customer goes with every row of
 * theirs, or a refusing rule (placed orders, protected from cleanup) is answered with Broadleaf's own delete failure
 * message (a {@link ValidationException}: the form reloads with the reason in its header) and nothing changes.
 * Broadleaf checks the admin's delete permission on customers before calling it.
 */
@Component("cmCustomerDeletePersistenceHandler")
public class CustomerDeletePersistenceHandler extends CustomPersistenceHandlerAdapter {

    @Resource(name = "cmCustomerDeletionService")
    protected CustomerDeletionService deletionService;

    @Override
    public Boolean canHandleRemove(PersistencePackage persistencePackage) {
        return Customer.class.getName().equals(persistencePackage.getCeilingEntityFullyQualifiedClassname())
                && persistencePackage.getPersistencePerspectiveItems().isEmpty(); // the customer, not a collection
    }

    @Override
    public int getOrder() {
        return CustomPersistenceHandler.DEFAULT_ORDER - 1000;
    }

    @Override
    public void remove(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        Property id = entity.findProperty("id");
        if (id == null || id.getValue() == null) {
            throw new ValidationException(entity, "No customer to delete");
        }
        try {
            deletionService.delete(Long.parseLong(id.getValue()));
        } catch (CustomerDeletionRefusedException e) {
            throw new ValidationException(entity, e.getMessage());
        }
    }
}
