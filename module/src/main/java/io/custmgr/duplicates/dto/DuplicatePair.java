package io.custmgr.duplicates.dto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Two customers that are likely the same person, the one to keep first: a registered account over a guest profile,
 * else the older one (registration date, then id). Merging is the merchant's call; this is only the suggestion the
 * "Merge…" link starts from.
 */
public class DuplicatePair {

    /** Orders the better survivor first. */
    public static final Comparator<DuplicateCustomer> SURVIVOR_FIRST = new Comparator<DuplicateCustomer>() {
        @Override
        public int compare(DuplicateCustomer a, DuplicateCustomer b) {
            if (a.isAccount() != b.isAccount()) {
                return a.isAccount() ? -1 : 1;
            }
            Date ca = a.getCreated();
            Date cb = b.getCreated();
            if (ca != null && cb != null && !ca.equals(cb)) {
                return ca.before(cb) ? -1 : 1;
            }
            if ((ca == null) != (cb == null)) {
                return ca != null ? -1 : 1; // a known registration date is older than an unknown one
            }
            return a.getId() < b.getId() ? -1 : a.getId() == b.getId() ? 0 : 1;
        }
    };

    private final DuplicateCustomer survivor;
    private final DuplicateCustomer other;
    private final List<SharedValue> sharedValues;

    public DuplicatePair(DuplicateCustomer one, DuplicateCustomer another, List<SharedValue> sharedValues) {
        boolean oneFirst = SURVIVOR_FIRST.compare(one, another) <= 0;
        this.survivor = oneFirst ? one : another;
        this.other = oneFirst ? another : one;
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
