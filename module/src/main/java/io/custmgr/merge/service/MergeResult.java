package io.custmgr.merge.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a merge did, step by step, as recorded in both customers' audit trails. */
public final class MergeResult {

    private final long survivorId;
    private final long absorbedId;
    private final List<MergeStepReport> steps;

    public MergeResult(long survivorId, long absorbedId, List<MergeStepReport> steps) {
        this.survivorId = survivorId;
        this.absorbedId = absorbedId;
        this.steps = Collections.unmodifiableList(new ArrayList<MergeStepReport>(steps));
    }

    public long getSurvivorId() { return survivorId; }
    public long getAbsorbedId() { return absorbedId; }
    public List<MergeStepReport> getSteps() { return steps; }

    /** @return every step's non-empty lines, "; "-separated */
    public String summary() {
        StringBuilder text = new StringBuilder();
        for (MergeStepReport step : steps) {
            String lines = step.summary();
            if (!lines.isEmpty()) {
                text.append(text.length() == 0 ? "" : "; ").append(lines);
            }
        }
        return text.toString();
    }
}
