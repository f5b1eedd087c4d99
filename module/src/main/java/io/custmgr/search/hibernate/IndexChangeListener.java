package io.custmgr.search.hibernate;

import io.custmgr.common.change.CustomerChanges;
import io.custmgr.common.hibernate.EntityChangeListener;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.group.domain.CustomerGroup;
import io.custmgr.search.change.IndexChange;
import io.custmgr.search.change.IndexChange.Kind;
import io.custmgr.search.change.IndexChanges;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.domain.CustomerPhone;
import org.broadleafcommerce.profile.core.domain.Phone;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;

import java.io.Serializable;

/**
 * Offers committed changes of what the customer index holds to the {@link IndexChanges} on the {@link ListenerBridge}:
 * customers, their addresses and phones, orders (placed orders, totals, products) and groups (renames), as
 * post-commit events, so a rolled-back change reaches nothing. A customer's collections (groups, addresses) changed
 * without the customer row are seen as collection events during the flush and announced after the commit.
 * Runs on the committing thread: it only queues and never throws into Hibernate.
 */
public class IndexChangeListener extends EntityChangeListener implements PostCollectionUpdateEventListener,
        PostCollectionRecreateEventListener, PostCollectionRemoveEventListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collectionChanged(event);
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionChanged(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        collectionChanged(event);
    }

    private static void collectionChanged(AbstractCollectionEvent event) {
        try {
            if (event.getAffectedOwnerOrNull() instanceof Customer && event.getAffectedOwnerIdOrNull() != null) {
                CustomerChanges.afterCommit((Long) event.getAffectedOwnerIdOrNull());
            }
        } catch (RuntimeException e) {
            // tracking never breaks a request; the reconcile step covers a lost change
        }
    }

    @Override
    protected void changed(Object entity, Serializable id) {
        IndexChanges changes = ListenerBridge.lookup(IndexChanges.class);
        if (changes == null) {
            return;
        }
        try {
            IndexChange change = changeOf(entity, id);
            if (change != null) {
                changes.offer(change);
            }
        } catch (RuntimeException e) {
            // a lazy association of a detached entity, say: the reconcile step covers the change
        }
    }

    static IndexChange changeOf(Object entity, Serializable id) {
        if (entity instanceof Customer) {
            return IndexChange.of(Kind.CUSTOMER, (Long) id);
        } else if (entity instanceof CustomerAddress) {
            return customer(((CustomerAddress) entity).getCustomer());
        } else if (entity instanceof CustomerPhone) {
            return customer(((CustomerPhone) entity).getCustomer());
        } else if (entity instanceof Order) {
            return customer(((Order) entity).getCustomer());
        } else if (entity instanceof Address) {
            return IndexChange.of(Kind.ADDRESS, (Long) id);
        } else if (entity instanceof Phone) {
            return IndexChange.of(Kind.PHONE, (Long) id);
        } else if (entity instanceof CustomerGroup) {
            return IndexChange.of(Kind.GROUP, (Long) id);
        }
        return null;
    }

    private static IndexChange customer(Customer customer) {
        return customer == null || customer.getId() == null ? null : IndexChange.of(Kind.CUSTOMER, customer.getId());
    }
}
