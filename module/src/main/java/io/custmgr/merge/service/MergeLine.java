package io.custmgr.merge.service;

/** One counted line of a step's report, e.g. "Orders", 12, MOVED. */
public final class MergeLine {

    private final String label;
    private final long count;
    private final MergeOutcome outcome;

    public MergeLine(String label, long count, MergeOutcome outcome) {
        this.label = label;
        this.count = count;
        this.outcome = outcome;
    }

    public String getLabel() {
        return label;
    }

    public long getCount() {
        return count;
    }

    public MergeOutcome getOutcome() {
        return outcome;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MergeLine)) {
            return false;
        }
        MergeLine line = (MergeLine) other;
        return label.equals(line.label) && count == line.count && outcome == line.outcome;
    }

    @Override
    public int hashCode() {
        return label.hashCode() * 31 + (int) count;
    }

    @Override
    public String toString() {
        return label + " " + outcome.name().toLowerCase() + ": " + count;
    }
}
