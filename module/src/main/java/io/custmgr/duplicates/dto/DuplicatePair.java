package io.custmgr.duplicates.dto;

import io.custmgr.merge.service.SurvivorRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Two customers that are likely the same person, the one to keep first by {@link SurvivorRule} (the merge page's own
 * default). Merging is the merchant's call; this is only the suggestion the "Merge…" link starts from.
 */
public class DuplicatePair {

    private final DuplicateCustomer survivor;
    private final DuplicateCustomer other;
    private final List<SharedValue> sharedValues;

    public DuplicatePair(DuplicateCustomer one, DuplicateCustomer another, List<SharedValue> sharedValues) {
        this.survivor = SurvivorRule.survivorOf(one, another);
        this.other = survivor == one ? another : one;
        this.sharedValues = Collections.unmodifiableList(new ArrayList<SharedValue>(sharedValues));
    }

    /** @return the suggested survivor of a merge */
    public DuplicateCustomer getSurvivor() {
        return survivor;
    }

    /** @return the customer a merge would absorb */
    public DuplicateCustomer getOther() {
        return other;
    }

    /** @return the survivor, then the other */
    public List<DuplicateCustomer> getCustomers() {
        return Arrays.asList(survivor, other);
    }

    public List<SharedValue> getSharedValues() {
        return sharedValues;
    }
}
