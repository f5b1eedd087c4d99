package io.custmgr.privacy.service;

import io.custmgr.audit.service.AuditActor;

import java.util.List;

/**
 * Erases customers' personal data and keeps their orders for the books (bean {@code cmPersonalDataErasureService}):
 * the {@link ErasureStep} beans run over the customers, set-based, after the refusal rules
 * ({@link io.custmgr.privacy.type.ErasureRefusal}) cleared them, with one CUSTOMER_ERASED audit record each. The
 * erased row stays, marked ({@code CM_ERASED_DATE}), deactivated, under a login nobody has; the search index drops its
 * document after commit. Whether the caller may erase, and may force, is the caller's check (the admin's
 * "Manage Personal Data" and "Erase With Open Orders" permissions).
 */
public interface PersonalDataErasureService {

    /** @return who the customer is, what would go and stay, and the refusal without force (read-only) */
    ErasurePreview preview(long customerId);

    /**
     * Erases one customer in a transaction of its own (or the caller's), as the current actor.
     *
     * @param force erase in spite of open orders (the only refusal that can be forced)
     * @param context how it came about, for the audit record (e.g. "erased in the admin"); no personal data
     * @throws ErasureRefusedException nothing was touched
     */
    void erase(long customerId, boolean force, String context);

    /**
     * Erases a batch of at most {@link ErasureBatchJob#BATCH} customers in the caller's transaction (there must be
     * one); refused customers are reported and left alone, the others erased.
     */
    ErasureBatchResult eraseBatch(List<Long> customerIds, boolean force, AuditActor actor, String context);
}
