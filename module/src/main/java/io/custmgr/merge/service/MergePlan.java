package io.custmgr.merge.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The preview of a merge: who survives, what each step will move, and the fields the merchant must decide. */
public final class MergePlan {

    private final MergeParty survivor;
    private final MergeParty absorbed;
    private final List<MergeStepReport> steps;

    public MergePlan(MergeParty survivor, MergeParty absorbed, List<MergeStepReport> steps) {
        this.survivor = survivor;
        this.absorbed = absorbed;
        this.steps = Collections.unmodifiableList(new ArrayList<MergeStepReport>(steps));
    }

    public MergeParty getSurvivor() {
        return survivor;
    }

    public MergeParty getAbsorbed() {
        return absorbed;
    }

    public List<MergeStepReport> getSteps() {
        return steps;
    }

    public List<FieldConflict> getConflicts() {
        List<FieldConflict> conflicts = new ArrayList<FieldConflict>();
        for (MergeStepReport step : steps) {
            conflicts.addAll(step.getConflicts());
        }
        return conflicts;
    }
}
