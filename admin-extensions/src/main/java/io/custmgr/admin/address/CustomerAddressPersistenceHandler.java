package io.custmgr.admin.address;

import io.custmgr.address.service.CustomerAddressBook;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.EntityResult;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

/**
 * The Customer form's address collection editor goes through the address book's rules: Broadleaf's own module
 * writes the submitted address fields, but an address row an order holds is first swapped for a copy
 * (copy-on-write), the default checkboxes become a choice handed to {@code cmCustomerAddressBook} (which keeps one
 * default of each kind, the first address both), and a removal moves the defaults. Broadleaf still checks the
 * admin user's permissions on the customer address entity before each operation.
 */
@Component("cmCustomerAddressPersistenceHandler")
public class CustomerAddressPersistenceHandler extends CustomPersistenceHandlerAdapter {

    static final String BILLING = "addressDefaults.defaultBilling";
    static final String SHIPPING = "addressDefaults.defaultShipping";
    static final String FORMATTED = "addressDefaults.formatted";

    @Resource(name = "cmCustomerAddressBook")
    protected CustomerAddressBook addressBook;

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        return isCustomerAddress(persistencePackage);
    }

    @Override
    public Boolean canHandleUpdate(PersistencePackage persistencePackage) {
        return isCustomerAddress(persistencePackage);
    }

    @Override
    public Boolean canHandleRemove(PersistencePackage persistencePackage) {
        return isCustomerAddress(persistencePackage);
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        DefaultChoice choice = DefaultChoice.takeFrom(persistencePackage.getEntity());
        EntityResult result = helper.add(persistencePackage, true);
        if (!result.getEntity().isValidationFailure()) {
            choice.applyTo((CustomerAddress) result.getEntityBackingObject(), addressBook);
        }
        return result.getEntity();
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao,
            RecordHelper helper) throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        DefaultChoice choice = DefaultChoice.takeFrom(entity);
        CustomerAddress current = load(entity, dynamicEntityDao);
        // Before Broadleaf writes the submitted fields into the address: an order's row gets swapped for a copy.
        addressBook.detachFromOrders(current);
        EntityResult result = helper.update(persistencePackage, true);
        if (!result.getEntity().isValidationFailure()) {
            choice.applyTo((CustomerAddress) result.getEntityBackingObject(), addressBook);
        }
        return result.getEntity();
    }

    @Override
    public void remove(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        CustomerAddress current = load(entity, dynamicEntityDao);
        Property owner = entity.findProperty("customer");
        if (owner != null && owner.getValue() != null
                && !owner.getValue().equals(String.valueOf(current.getCustomer().getId()))) {
            throw new ServiceException("Customer address " + current.getId() + " is not this customer's");
        }
        addressBook.delete(current.getCustomer().getId(), current.getId());
    }

    private static CustomerAddress load(Entity entity, DynamicEntityDao dynamicEntityDao) throws ServiceException {
        Property id = entity.findProperty("id");
        Serializable found = null;
        try {
            found = id == null ? null : dynamicEntityDao.retrieve(Class.forName(entity.getType()[0]),
                    Long.valueOf(id.getValue()));
        } catch (ClassNotFoundException | NumberFormatException e) {
            throw new ServiceException("Cannot read customer address " + (id == null ? null : id.getValue()), e);
        }
        if (found == null) {
            throw new ServiceException("No customer address " + id.getValue());
        }
        return (CustomerAddress) found;
    }

    static boolean isCustomerAddress(PersistencePackage persistencePackage) {
        String ceiling = persistencePackage.getCeilingEntityFullyQualifiedClassname();
        if (ceiling == null) {
            return false;
        }
        try {
            return CustomerAddress.class.isAssignableFrom(Class.forName(ceiling));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The merchant's ticks, taken out of the submitted values: only the address book writes the flags. */
    static final class DefaultChoice {
        private final boolean billing;
        private final boolean shipping;

        private DefaultChoice(boolean billing, boolean shipping) {
            this.billing = billing;
            this.shipping = shipping;
        }

        static DefaultChoice takeFrom(Entity entity) {
            boolean billing = false;
            boolean shipping = false;
            List<Property> kept = new ArrayList<Property>();
            for (Property property : entity.getProperties()) {
                if (BILLING.equals(property.getName())) {
                    billing = Boolean.parseBoolean(property.getValue());
                } else if (SHIPPING.equals(property.getName())) {
                    shipping = Boolean.parseBoolean(property.getValue());
                } else if (!FORMATTED.equals(property.getName())) {
                    kept.add(property);
                }
            }
            entity.setProperties(kept.toArray(new Property[kept.size()]));
            return new DefaultChoice(billing, shipping);
        }

        /** A tick chooses; no tick keeps the current default (a default moves only by choosing another). */
        void applyTo(CustomerAddress address, CustomerAddressBook addressBook) {
            Long customerId = address.getCustomer().getId();
            addressBook.applyRules(customerId, billing ? address.getId() : null, null);
            if (shipping) {
                addressBook.chooseDefaultShipping(customerId, address.getId());
            }
        }
    }
}
