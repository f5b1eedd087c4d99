package io.custmgr.customer.deletion.hibernate;

import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.customer.deletion.service.CustomerDeletionService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.hibernate.HibernateException;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;

import java.util.Set;

/**
 * Runs before Hibernate's own delete of a customer, whoever asks for it (Broadleaf's
 * {@code CustomerService.deleteCustomer}, a host's {@code em.remove}): hands the customer to
 * {@link CustomerDeletionService#prepareRemoval}, which refuses it (the exception reaches the caller, nothing
 * changed) or deletes the carts and every row of the customer Hibernate would not delete itself, so that none of them
 * blocks the delete or outlives it. Other entities pass untouched.
 */
public class CustomerDeleteListener implements DeleteEventListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void onDelete(DeleteEvent event) throws HibernateException {
        prepare(event);
    }

    @Override
    public void onDelete(DeleteEvent event, Set transientEntities) throws HibernateException {
        prepare(event);
    }

    private void prepare(DeleteEvent event) {
        CustomerDeletionService service = ListenerBridge.lookup(CustomerDeletionService.class);
        Object entity = event.getObject();
        if (service == null || !(entity instanceof Customer)) {
            return;
        }
        Long customerId = ((Customer) entity).getId();
        if (customerId != null) {
            service.prepareRemoval(customerId);
        }
    }
}
