package io.custmgr.privacy.service;

/**
 * One kind of personal data the erasure removes or blanks. Every bean implementing it joins every erasure (the
 * admin's, a confirmed storefront request's and the batch job's), in {@link #getOrder()} order: new per-customer data
 * (library, points, companies) joins by adding a step bean, not by editing the service.
 * <p>
 * Contract: called inside the erasure's transaction (there always is one), after the refusal rules passed, for a
 * batch of customers that are all being erased; set-based (a fixed number of statements per batch, whatever its
 * size); never deletes the customer row, its placed orders or their items, totals and tax; never throws for a
 * customer without such data. A failure rolls the whole batch back.
 */
public interface ErasureStep {

    /** Steps run in ascending order; the customer row itself is blanked last (order 1000). */
    int getOrder();

    void erase(ErasureScope scope);
}
