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

    /** @return a page of the orders the member may see, newest first; two statements (rows, then none more) */
    List<CompanyOrderView> findOrders(long viewerId, int first, int max);

    /** @return how many orders the member may see */
    long countOrders(long viewerId);
}
