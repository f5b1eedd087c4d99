package io.custmgr.admin.customer.deletion;

import io.custmgr.customer.deletion.service.CustomerDeletionRefusedException;
import io.custmgr.customer.deletion.service.CustomerDeletionService;
import io.custmgr.customer.deletion.type.KeepRule;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.ValidationException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CustomerDeletePersistenceHandlerTest {

    @Test
    void aRefusedDeleteIsTheAdminsDeleteFailureWithTheReason() throws Exception {
        CustomerDeletePersistenceHandler handler = handler();
        when(handler.deletionService.delete(42L)).thenThrow(new CustomerDeletionRefusedException(42L, KeepRule.ORDERS));

        ValidationException refused = assertThrows(ValidationException.class,
                () -> handler.remove(customer(42L), null, null));

        assertEquals(CustomerDeletionRefusedException.message(42L, KeepRule.ORDERS), refused.getMessage());
        assertTrue(refused.getMessage().contains("placed orders"));
    }

    @Test
    void anAcceptedDeleteGoesThroughTheDeletionService() throws Exception {
        CustomerDeletePersistenceHandler handler = handler();

        handler.remove(customer(7L), null, null);

        verify(handler.deletionService).delete(7L);
    }

    @Test
    void handlesTheCustomerOnlyNotOtherEntities() {
        CustomerDeletePersistenceHandler handler = handler();
        PersistencePackage address = new PersistencePackage();
        address.setCeilingEntityFullyQualifiedClassname(CustomerAddress.class.getName());

        assertTrue(handler.canHandleRemove(customer(1L)));
        assertFalse(handler.canHandleRemove(address));
    }

    private static CustomerDeletePersistenceHandler handler() {
        CustomerDeletePersistenceHandler handler = new CustomerDeletePersistenceHandler();
        handler.deletionService = mock(CustomerDeletionService.class);
        return handler;
    }

    private static PersistencePackage customer(long id) {
        Entity entity = new Entity();
        Property property = new Property();
        property.setName("id");
        property.setValue(String.valueOf(id));
        entity.setProperties(new Property[] {property});
        PersistencePackage persistencePackage = new PersistencePackage();
        persistencePackage.setCeilingEntityFullyQualifiedClassname(Customer.class.getName());
        persistencePackage.setEntity(entity);
        return persistencePackage;
    }
}
