package io.custmgr.merge.service;

/**
 * One kind of customer data an account merge moves to the survivor. The merge runs every bean of this type in
 * {@link #getOrder()} order inside one transaction, after locking both customers and before marking the absorbed one
 * merged: a feature or a host that keeps its own per-customer data adds a bean implementing this interface and the
 * merge, its preview and its audit record include it. A step throws to abort the whole merge (nothing changes).
 */
public interface CustomerMergeStep {

    /** @return a stable key (also the prefix of its field choices), e.g. "orders" */
    String getKey();

    /** @return position among the steps; the module's own use multiples of 100 (profile fields 100 ... records 1000) */
    int getOrder();

    /**
     * What {@link #merge} would do now, read-only, in the same terms and by the same predicates, so the preview the
     * merchant confirms is what happens.
     */
    MergeStepReport preview(MergeParties parties);

    /** Moves the data; @return what moved, in the same lines {@link #preview} gives for the same database state */
    MergeStepReport merge(MergeParties parties, MergeChoices choices);
}
