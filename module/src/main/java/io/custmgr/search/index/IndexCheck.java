package io.custmgr.search.index;

import java.util.ArrayList;
import java.util.List;

/** The consistency check's findings: customers missing from the index, stale documents, documents of no customer. */
public class IndexCheck {

    static final int EXAMPLES = 20;

    private long checked;
    private long missing;
    private long stale;
    private long extra;
    private final List<Long> missingExamples = new ArrayList<Long>();
    private final List<Long> staleExamples = new ArrayList<Long>();
    private final List<Long> extraExamples = new ArrayList<Long>();
    private boolean repaired;

    void checked(int count) {
        checked += count;
    }

    void missing(long id) {
        missing++;
        example(missingExamples, id);
    }

    void stale(long id) {
        stale++;
        example(staleExamples, id);
    }

    void extra(long id) {
        extra++;
        example(extraExamples, id);
    }

    void repaired() {
        repaired = true;
    }

    private static void example(List<Long> examples, long id) {
        if (examples.size() < EXAMPLES) {
            examples.add(id);
        }
    }

    public long getChecked() {
        return checked;
    }

    public long getMissing() {
        return missing;
    }

    public long getStale() {
        return stale;
    }

    public long getExtra() {
        return extra;
    }

    public List<Long> getMissingExamples() {
        return missingExamples;
    }

    public List<Long> getStaleExamples() {
        return staleExamples;
    }

    public List<Long> getExtraExamples() {
        return extraExamples;
    }

    public boolean isConsistent() {
        return missing == 0 && stale == 0 && extra == 0;
    }

    /** @return whether the findings were queued for the index (missing and stale) and removed from it (extra) */
    public boolean isRepaired() {
        return repaired;
    }
}
