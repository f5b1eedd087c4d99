package io.custmgr.merge.domain;

/** Implemented by the host's {@code CustomerImpl} once the module's class transformer has run. */
public interface MergedCustomer {

    /** @return never null; {@link MergeMark#isMerged()} false for every customer not merged away */
    MergeMark getMergeMark();
}
