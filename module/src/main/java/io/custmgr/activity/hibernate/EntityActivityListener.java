package io.custmgr.activity.hibernate;

import io.custmgr.activity.service.ActivityRecorder;
import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.common.async.RateLimitedWarning;
import io.custmgr.common.hibernate.ListenerBridge;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;

/**
 * Turns committed changes of Broadleaf entities into activity events, whichever code made them (storefront, admin,
 * a host's own service): password and e-mail changes of a customer, customer addresses added, edited or removed, and
 * orders reaching SUBMITTED. Registered for Hibernate's post-commit events, so rolled-back changes log nothing. Runs on
 * the committing thread: it only compares states and queues a draft; it never throws into Hibernate. The
 * {@link ActivityRecorder} is the one registered on the {@link ListenerBridge} (the recorder bean, while it runs).
 */
public class EntityActivityListener implements PostUpdateEventListener, PostInsertEventListener,
        PostDeleteEventListener {

    private static final long serialVersionUID = 1L;
    private static final Log LOG = LogFactory.getLog(EntityActivityListener.class);
    private static final RateLimitedWarning WARNING = new RateLimitedWarning(LOG, 60000L);

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        ActivityRecorder current = ListenerBridge.lookup(ActivityRecorder.class);
        if (current == null || event.getOldState() == null) {
            return;
        }
        try {
            Object entity = event.getEntity();
            if (entity instanceof Customer) {
                customerUpdated(current, (Customer) entity, new StateChange(event));
            } else if (entity instanceof Order) {
                orderUpdated(current, (Order) entity, new StateChange(event));
            } else if (entity instanceof Address) {
                current.record(current.draft(ActivityEventType.ADDRESS_CHANGE)
                        .customerByAddress((Long) event.getId()).detail("Address changed"));
            }
        } catch (RuntimeException e) {
            WARNING.warn("Activity log: an update could not be logged", e);
        }
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        addressLinked(event.getEntity(), "Address added: ");
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        addressLinked(event.getEntity(), "Address removed: ");
    }

    private void customerUpdated(ActivityRecorder current, Customer customer, StateChange change) {
        if (change.changedFromNonNull("password")) {
            current.record(current.draft(ActivityEventType.PASSWORD_CHANGE).customer(customer.getId()));
        }
        if (change.changedFromNonNull("emailAddress")) {
            current.record(current.draft(ActivityEventType.EMAIL_CHANGE).customer(customer.getId())
                    .detail(change.before("emailAddress") + " \u2192 " + change.after("emailAddress")));
        }
    }

    private void orderUpdated(ActivityRecorder current, Order order, StateChange change) {
        String submitted = OrderStatus.SUBMITTED.getType();
        if (submitted.equals(change.after("status")) && !submitted.equals(change.before("status"))
                && order.getCustomer() != null) {
            String number = order.getOrderNumber();
            current.record(current.draft(ActivityEventType.ORDER_PLACED).customer(order.getCustomer().getId())
                    .reference(order.getId()).detail("Order " + (number == null ? order.getId() : number)));
        }
    }

    private void addressLinked(Object entity, String what) {
        ActivityRecorder current = ListenerBridge.lookup(ActivityRecorder.class);
        if (current == null || !(entity instanceof CustomerAddress)) {
            return;
        }
        try {
            CustomerAddress address = (CustomerAddress) entity;
            if (address.getCustomer() != null) {
                String name = address.getAddressName();
                current.record(current.draft(ActivityEventType.ADDRESS_CHANGE).customer(address.getCustomer().getId())
                        .reference(address.getId()).detail(what + (name == null ? "" : name)));
            }
        } catch (RuntimeException e) {
            WARNING.warn("Activity log: an address change could not be logged", e);
        }
    }
}
