package io.custmgr.customer.deletion.service;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.customer.deletion.dao.RemovedCustomer;
import io.custmgr.customer.deletion.type.KeepRule;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Deletes customers completely (bean {@code cmCustomerDeletionService}): the customer row and every row of theirs in
 * Broadleaf's tables (carts and wishlists with their items through Broadleaf's own order delete, addresses, phones,
 * saved payments, attributes, roles, password tokens, offers, reviews) and in the module's (page views, activity,
 * group memberships, duplicate match keys, guest keys, mailed links, the audit trail and audit result),
 * set-based, then one {@code CUSTOMER_DELETED} audit record per customer (who, when, e-mail, rows removed by kind).
 * The admin's Delete, its "Delete selected", the account cleanup and a host's own {@code em.remove(customer)} all
 * come here. A delete is refused, before anything is touched, by the rules of {@link KeepRule#refusesDelete()}.
 */
public interface CustomerDeletionService {

    /** @return for each given customer a delete would refuse, the first rule refusing it; the others are absent */
    Map<Long, KeepRule> findRefusals(Collection<Long> customerIds);

    /** @return the given customers (an unknown id as GONE) with the rule refusing each, nothing written */
    List<DeletionCandidate> preview(Collection<Long> customerIds);

    /**
     * Deletes one customer in one transaction (joins the caller's, else its own).
     *
     * @throws CustomerDeletionRefusedException with the reason when a rule refuses it; nothing changed then
     * @return what was deleted
     */
    RemovedCustomer delete(long customerId) throws CustomerDeletionRefusedException;

    /**
     * Deletes those of the given customers no rule refuses, in one transaction (joins the caller's, else its own).
     *
     * @return deleted and refused customers (with their rules)
     */
    CustomerDeletionReport deleteAll(Collection<Long> customerIds);

    /**
     * The deletion itself, without the refusal check (the caller, e.g. the cleanup, checked its own rules): for at
     * most {@link io.custmgr.common.jdbc.InLists#MAX} customers, in the caller's transaction (mandatory).
     *
     * @param context recorded with each audit record, e.g. "account cleanup run 7"; may be null
     */
    List<RemovedCustomer> remove(List<Long> customerIds, AuditActor actor, String context);

    /**
     * For a customer an entity manager is removing (Broadleaf's {@code CustomerService.deleteCustomer}, a host's
     * {@code em.remove}; called by the module's Hibernate delete listener before Hibernate's own): refuses, or deletes
     * the customer's orders and every row Hibernate would not, and records the deletion. Hibernate deletes the rest on
     * flush, in the same transaction.
     *
     * @throws CustomerDeletionRefusedException with the reason when a rule refuses it; nothing changed then
     */
    void prepareRemoval(long customerId) throws CustomerDeletionRefusedException;
}
