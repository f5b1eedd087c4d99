package io.custmgr.merge.service;

import java.util.Comparator;
import java.util.Date;

/**
 * Which of two customers a merge keeps by default, the one rule for the merge page and the Possible Duplicates list:
 * a registered account over anything else (a guest profile, an anonymous customer), then the older registration, a
 * known registration date before an unknown one, then the lower id. A total order: two different customers never
 * compare equal.
 */
public final class SurvivorRule implements Comparator<SurvivorCandidate> {

    /** Orders the better survivor first. */
    public static final SurvivorRule SURVIVOR_FIRST = new SurvivorRule();

    private SurvivorRule() {
    }

    /** @return whichever of the two should survive (the first when both are the same customer) */
    public static <T extends SurvivorCandidate> T survivorOf(T one, T other) {
        return SURVIVOR_FIRST.compare(one, other) <= 0 ? one : other;
    }

    @Override
    public int compare(SurvivorCandidate a, SurvivorCandidate b) {
        if (a.isAccount() != b.isAccount()) {
            return a.isAccount() ? -1 : 1;
        }
        Date ca = a.getCreated();
        Date cb = b.getCreated();
        if (ca != null && cb != null && ca.getTime() != cb.getTime()) {
            return ca.getTime() < cb.getTime() ? -1 : 1;
        }
        if ((ca == null) != (cb == null)) {
            return ca != null ? -1 : 1; // an unknown date is no evidence of age; a known one is
        }
        return Long.compare(a.getId(), b.getId());
    }
}
