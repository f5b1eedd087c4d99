package io.custmgr.company.service;

import java.util.List;

/**
 * Orders placed for company accounts (bean {@code cmCompanyOrderService}). The checkout workflow records them
 * ({@code cmCompanyOrderActivity}); a member sees what the roles allow: every order of the company (manage members or
 * view all orders), the orders of its business units (view unit orders), else its own.
 */
public interface CompanyOrderService {

    /**
     * Records the placed order as its buyer's company's when the buyer belongs to an active company and may place
     * orders for it (in the buyer's first business unit); repeated calls change nothing.
     *
     * @return whether the order is a company order
     */
    boolean recordOrder(long orderId, long customerId);

    /**
     * @param viewer the member's membership ({@link CompanyMemberService#findMembership}), read once per request
     * @return a page of the orders the member may see, newest first; one statement
     */
    List<CompanyOrderView> findOrders(Membership viewer, int first, int max);

    /** @return how many orders the member may see; one statement */
    long countOrders(Membership viewer);
}
