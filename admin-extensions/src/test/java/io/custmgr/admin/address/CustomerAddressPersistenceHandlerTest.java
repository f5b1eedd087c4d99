package io.custmgr.admin.address;

import io.custmgr.address.service.CustomerAddressBook;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.domain.CustomerAddressImpl;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class CustomerAddressPersistenceHandlerTest {

    @Test
    void theMerchantsTicksAreTakenOutOfTheSubmittedValuesAndHandedToTheAddressBook() {
        Entity entity = new Entity();
        entity.setProperties(new Property[] {property("address.addressLine1", "1 Main St"),
                property(CustomerAddressPersistenceHandler.BILLING, "true"),
                property(CustomerAddressPersistenceHandler.SHIPPING, "false"),
                property(CustomerAddressPersistenceHandler.FORMATTED, "forged")});

        CustomerAddressPersistenceHandler.DefaultChoice choice =
                CustomerAddressPersistenceHandler.DefaultChoice.takeFrom(entity);

        assertNotNull(entity.findProperty("address.addressLine1"));
        assertNull(entity.findProperty(CustomerAddressPersistenceHandler.BILLING), "Broadleaf never writes the flag");
        assertNull(entity.findProperty(CustomerAddressPersistenceHandler.SHIPPING));
        assertNull(entity.findProperty(CustomerAddressPersistenceHandler.FORMATTED));

        CustomerAddressBook book = mock(CustomerAddressBook.class);
        choice.applyTo(address(7L, 3L), book);
        verify(book).applyRules(3L, 7L, null);
        verify(book, never()).chooseDefaultShipping(3L, 7L);
    }

    @Test
    void noTickKeepsTheCurrentDefaults() {
        Entity entity = new Entity();
        entity.setProperties(new Property[] {property(CustomerAddressPersistenceHandler.SHIPPING, "true")});
        CustomerAddressBook book = mock(CustomerAddressBook.class);

        CustomerAddressPersistenceHandler.DefaultChoice.takeFrom(entity).applyTo(address(7L, 3L), book);

        verify(book).applyRules(3L, null, null);
        verify(book).chooseDefaultShipping(3L, 7L);
    }

    @Test
    void handlesCustomerAddressesOnly() {
        CustomerAddressPersistenceHandler handler = new CustomerAddressPersistenceHandler();
        PersistencePackage addresses = new PersistencePackage();
        addresses.setCeilingEntityFullyQualifiedClassname(CustomerAddressImpl.class.getName());
        PersistencePackage customers = new PersistencePackage();
        customers.setCeilingEntityFullyQualifiedClassname(CustomerImpl.class.getName());

        assertTrue(handler.canHandleUpdate(addresses));
        assertTrue(handler.canHandleAdd(addresses));
        assertTrue(handler.canHandleRemove(addresses));
        assertFalse(handler.canHandleUpdate(customers));
        assertEquals(Boolean.FALSE, handler.canHandleUpdate(new PersistencePackage()));
    }

    private static CustomerAddress address(Long id, Long customerId) {
        CustomerImpl customer = new CustomerImpl();
        customer.setId(customerId);
        CustomerAddress address = new CustomerAddressImpl();
        address.setId(id);
        address.setCustomer(customer);
        return address;
    }

    private static Property property(String name, String value) {
        Property property = new Property();
        property.setName(name);
        property.setValue(value);
        return property;
    }
}
