package io.custmgr.merge.service;

import java.util.List;

/**
 * Merges two customers into one (bean {@code cmCustomerMergeService}): every {@link CustomerMergeStep} moves its kind
 * of data to the survivor in one transaction, the absorbed customer is deactivated, its e-mail freed and its row
 * marked merged into the survivor, and both audit trails record who merged what. Cannot be undone.
 */
public interface CustomerMergeService {

    /** @return which of the two should survive by default, by {@link SurvivorRule} (as Possible Duplicates suggests) */
    long defaultSurvivor(long customerId, long otherCustomerId);

    /** Read-only: what {@link #merge} would do now. @throws MergeRefusedException when the two cannot be merged */
    MergePlan preview(long survivorId, long absorbedId);

    /**
     * @throws MergeRefusedException same customer, unknown or already merged customer, a typed confirmation that is
     *         not the absorbed customer's e-mail, or another merge working on either customer right now
     */
    MergeResult merge(MergeRequest request);

    /** @return the customer an id stands for now: itself, or the survivor it was merged into (followed to the end) */
    Long resolveCustomerId(Long customerId);

    /** @return customers matching an e-mail, name or id that may be merged with {@code customerId} (at most max) */
    List<MergeParty> findCandidates(long customerId, String query, int max);
}
