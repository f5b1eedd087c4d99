package io.custmgr.audit.hibernate;

import io.custmgr.audit.hibernate.FieldDiffs.FieldDiff;
import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.AuditActors;
import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.async.RateLimitedWarning;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns changes an admin user makes to customers into audit entries, in the admin's own transaction: field-level
 * before/after of the customer's columns (the module's profile fields included), password changes without values,
 * disable/enable, group (and other list) changes, and addresses added, changed or removed. Changes made without an admin
 * behind them (storefront, jobs) are not audited here. Never throws into Hibernate.
 */
public class CustomerAuditListener implements PostUpdateEventListener, PostInsertEventListener,
        PostDeleteEventListener, PostCollectionUpdateEventListener, PostCollectionRecreateEventListener {

    private static final long serialVersionUID = 1L;
    private static final Log LOG = LogFactory.getLog(CustomerAuditListener.class);
    private static final RateLimitedWarning WARNING = new RateLimitedWarning(LOG, 60000L);

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        try {
            entityUpdated(event);
        } catch (RuntimeException e) {
            WARNING.warn("Customer audit: an update could not be recorded", e);
        }
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        try {
            collectionChanged(event);
        } catch (RuntimeException e) {
            WARNING.warn("Customer audit: a list change could not be recorded", e);
        }
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        try {
            collectionChanged(event);
        } catch (RuntimeException e) {
            WARNING.warn("Customer audit: a list change could not be recorded", e);
        }
    }

    private void entityUpdated(PostUpdateEvent event) {
        Object entity = event.getEntity();
        if (event.getOldState() == null || !(entity instanceof Customer || entity instanceof Address
                || entity instanceof CustomerAddress)) {
            return;
        }
        List<FieldDiff> diffs = FieldDiffs.diff(event.getPersister().getPropertyNames(),
                event.getPersister().getPropertyTypes(), event.getOldState(), event.getState());
        List<CustomerAuditEntry> entries = new ArrayList<CustomerAuditEntry>();
        if (entity instanceof Customer) {
            customerChanged(((Customer) entity).getId(), diffs, entries);
        } else if (entity instanceof Address) {
            for (FieldDiff diff : diffs) {
                entries.add(CustomerAuditEntry.addressFieldChange(((Address) entity).getId(), "address." + diff.path,
                        diff.beforeText(), diff.afterText()));
            }
        } else {
            CustomerAddress customerAddress = (CustomerAddress) entity;
            for (FieldDiff diff : diffs) {
                entries.add(CustomerAuditEntry.fieldChange(customerId(customerAddress),
                        CustomerAuditAction.ADDRESS_CHANGED, diff.path, diff.beforeText(), diff.afterText()));
            }
        }
        buffer(event.getSession(), entries);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        try {
            entityInserted(event);
        } catch (RuntimeException e) {
            WARNING.warn("Customer audit: an insert could not be recorded", e);
        }
    }

    private void entityInserted(PostInsertEvent event) {
        Object entity = event.getEntity();
        List<CustomerAuditEntry> entries = new ArrayList<CustomerAuditEntry>();
        if (entity instanceof Customer) {
            entries.add(CustomerAuditEntry.of(((Customer) entity).getId(), CustomerAuditAction.CUSTOMER_CREATED,
                    ((Customer) entity).getEmailAddress()));
        } else if (entity instanceof CustomerAddress) {
            entries.add(CustomerAuditEntry.of(customerId((CustomerAddress) entity), CustomerAuditAction.ADDRESS_ADDED,
                    describe((CustomerAddress) entity)));
        }
        buffer(event.getSession(), entries);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        try {
            entityDeleted(event);
        } catch (RuntimeException e) {
            WARNING.warn("Customer audit: a removal could not be recorded", e);
        }
    }

    private void entityDeleted(PostDeleteEvent event) {
        if (event.getEntity() instanceof CustomerAddress) {
            CustomerAddress removed = (CustomerAddress) event.getEntity();
            List<CustomerAuditEntry> entries = new ArrayList<CustomerAuditEntry>();
            entries.add(CustomerAuditEntry.of(customerId(removed), CustomerAuditAction.ADDRESS_REMOVED,
                    describe(removed)));
            buffer(event.getSession(), entries);
        }
    }

    private void collectionChanged(AbstractCollectionEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        PersistentCollection collection = event.getCollection();
        String role = collection.getRole();
        String property = role == null ? "" : role.substring(role.lastIndexOf('.') + 1);
        if (!(owner instanceof Customer) || "customerAddresses".equals(property)) {
            return; // addresses have their own entries
        }
        CollectionChange change = CollectionChange.of(collection);
        if (change.isEmpty()) {
            return;
        }
        CustomerAuditAction action = property.toLowerCase().contains("group") ? CustomerAuditAction.GROUPS_CHANGED
                : CustomerAuditAction.COLLECTION_CHANGED;
        List<CustomerAuditEntry> entries = new ArrayList<CustomerAuditEntry>();
        entries.add(CustomerAuditEntry.fieldChange(((Customer) owner).getId(), action, property, change.removed(),
                change.added()));
        buffer(event.getSession(), entries);
    }

    private static void customerChanged(Long customerId, List<FieldDiff> diffs, List<CustomerAuditEntry> entries) {
        for (FieldDiff diff : diffs) {
            if ("password".equals(diff.path)) {
                entries.add(CustomerAuditEntry.of(customerId, CustomerAuditAction.PASSWORD_CHANGED, null));
            } else if ("deactivated".equals(diff.path)) {
                boolean disabled = Boolean.TRUE.equals(diff.after);
                if (disabled != Boolean.TRUE.equals(diff.before)) {
                    entries.add(CustomerAuditEntry.of(customerId, disabled ? CustomerAuditAction.ACCOUNT_DISABLED
                            : CustomerAuditAction.ACCOUNT_ENABLED, null));
                }
            } else if (!"unencodedPassword".equals(diff.path)) {
                entries.add(CustomerAuditEntry.fieldChange(customerId, CustomerAuditAction.FIELD_CHANGED, diff.path,
                        diff.beforeText(), diff.afterText()));
            }
        }
    }

    private static void buffer(EventSource session, List<CustomerAuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            AuditActor admin = AuditActors.currentAdmin();
            if (admin != null) {
                AuditBuffer.of(session, admin).addAll(entries);
            }
        } catch (RuntimeException e) {
            WARNING.warn("Customer audit: a change could not be recorded", e);
        }
    }

    private static Long customerId(CustomerAddress customerAddress) {
        return customerAddress.getCustomer() == null ? null : customerAddress.getCustomer().getId();
    }

    static String describe(CustomerAddress customerAddress) {
        Address address = customerAddress.getAddress();
        StringBuilder text = new StringBuilder(String.valueOf(customerAddress.getAddressName()));
        if (address != null) {
            text.append(": ").append(address.getAddressLine1()).append(", ").append(address.getPostalCode())
                    .append(' ').append(address.getCity());
            if (address.getCountry() != null) {
                text.append(", ").append(address.getCountry().getAbbreviation());
            }
        }
        return text.toString();
    }

}
