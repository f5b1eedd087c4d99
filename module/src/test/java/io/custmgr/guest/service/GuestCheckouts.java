package io.custmgr.guest.service;

import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

/** Checkouts without account as the storefront does them, each committed; the guests are tracked for clean-up. */
final class GuestCheckouts {

    private final CommittedCustomers customers;
    private final GuestProfileService guestProfileService;
    private final OrderService orderService;
    private final EntityConfiguration entityConfiguration;

    GuestCheckouts(CommittedCustomers customers, GuestProfileService guestProfileService, OrderService orderService,
            EntityConfiguration entityConfiguration) {
        this.customers = customers;
        this.guestProfileService = guestProfileService;
        this.orderService = orderService;
        this.entityConfiguration = entityConfiguration;
    }

    /** Hands the cart to the guest profile service and saves it; @return the guest's id */
    Long checkout(final Long orderId, final GuestContact contact) {
        return customers.track(customers.inTransaction(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                Order order = orderService.findOrderById(orderId);
                Customer guest = guestProfileService.attachOrder(order, contact);
                try {
                    orderService.save(order, false);
                } catch (PricingException e) {
                    throw new IllegalStateException(e);
                }
                return guest.getId();
            }
        }));
    }

    /** A new cart checked out with this contact; @return the guest's id */
    Long checkoutNewCart(GuestContact contact) {
        return checkout(customers.anonymousCart(), contact);
    }

    Address address(String line1, String city, String postalCode) {
        Address address = (Address) entityConfiguration.createEntityInstance(Address.class.getName());
        address.setAddressLine1(line1);
        address.setCity(city);
        address.setPostalCode(postalCode);
        return address;
    }
}
