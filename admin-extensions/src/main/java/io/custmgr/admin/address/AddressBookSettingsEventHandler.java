package io.custmgr.admin.address;

import io.custmgr.address.service.CustomerAddressBook;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.PersistenceManager;
import org.broadleafcommerce.openadmin.server.service.persistence.PersistenceManagerEventHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.PersistenceManagerEventHandlerResponse;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * After the Customer form is saved, the address book applies "shipping same as billing" as the merchant left it
 * (the switch is a field of the form; the default flags it moves are the address book's).
 */
@Component("cmAddressBookSettingsEventHandler")
public class AddressBookSettingsEventHandler extends PersistenceManagerEventHandlerAdapter {

    @Resource(name = "cmCustomerAddressBook")
    protected CustomerAddressBook addressBook;

    @Override
    public PersistenceManagerEventHandlerResponse postUpdate(PersistenceManager persistenceManager, Entity entity,
            PersistencePackage persistencePackage) throws ServiceException {
        if (Customer.class.getName().equals(persistencePackage.getCeilingEntityFullyQualifiedClassname())
                && !entity.isValidationFailure()) {
            Property id = entity.findProperty("id");
            if (id != null && id.getValue() != null) {
                addressBook.applyRules(Long.valueOf(id.getValue()), null, null);
            }
        }
        return new PersistenceManagerEventHandlerResponse().withStatus(
                PersistenceManagerEventHandlerResponse.PersistenceManagerEventHandlerResponseStatus.NOT_HANDLED);
    }

    @Override
    public int getOrder() {
        return 1000;
    }
}
