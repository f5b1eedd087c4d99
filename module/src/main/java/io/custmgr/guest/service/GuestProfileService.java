package io.custmgr.guest.service;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;

/** Guest profiles: the customer record behind every order placed without an account. */
public interface GuestProfileService {

    /**
     * Attaches an order placed without an account to the buyer's guest profile, creating the profile if needed (one
     * per contact e-mail, or one per order, as configured); copies name, phone and address onto the profile. Joins the
     * caller's transaction for the order; creates a profile in a transaction of its own, so two simultaneous
     * checkouts with the same e-mail end on one profile.
     *
     * @throws InvalidGuestContactException when the contact e-mail is missing, malformed or too long (nothing changed)
     * @return the guest customer the order now belongs to
     */
    Customer attachOrder(Order order, GuestContact contact);

    /** The live guest profile of this contact e-mail (any case, surrounding blanks ignored), or null. */
    Customer findGuestByContactEmail(String email);

    /** Whether this customer is a guest profile. */
    boolean isGuest(Customer customer);
}
