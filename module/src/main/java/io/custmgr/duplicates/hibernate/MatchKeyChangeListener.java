package io.custmgr.duplicates.hibernate;

import io.custmgr.common.hibernate.EntityChangeListener;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.duplicates.service.CustomerMatchKeyChange;
import io.custmgr.duplicates.service.CustomerMatchKeyChanges;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;

import java.io.Serializable;

/**
 * Offers committed changes of customers, customer addresses and addresses to the {@link CustomerMatchKeyChanges}
 * registered on the {@link ListenerBridge} (the refresher bean, while it runs; post-commit events: a rolled-back change refreshes nothing). Runs on the committing thread, so it only queues; it
 * never throws into Hibernate. Phones edited in place (BLC_PHONE rows) are not seen: the next full refresh sees them.
 */
public class MatchKeyChangeListener extends EntityChangeListener {

    private static final long serialVersionUID = 1L;

    @Override
    protected void changed(Object entity, Serializable id) {
        CustomerMatchKeyChanges current = ListenerBridge.lookup(CustomerMatchKeyChanges.class);
        if (current == null) {
            return;
        }
        try {
            if (entity instanceof Customer) {
                current.offer(CustomerMatchKeyChange.ofCustomer((Long) id));
            } else if (entity instanceof CustomerAddress) {
                Customer customer = ((CustomerAddress) entity).getCustomer();
                if (customer != null) {
                    current.offer(CustomerMatchKeyChange.ofCustomer(customer.getId()));
                }
            } else if (entity instanceof Address) {
                current.offer(CustomerMatchKeyChange.ofAddress((Long) id));
            }
        } catch (RuntimeException e) {
            // a lazy customer of a detached address, say: the next full refresh covers the change
        }
    }
}
