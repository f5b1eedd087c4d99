package io.custmgr.merge.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What one step will move (preview) or moved (merge): counted lines, and for profile fields the conflicts. */
public final class MergeStepReport {

    private final String key;
    private final String title;
    private final List<MergeLine> lines = new ArrayList<MergeLine>();
    private final List<FieldConflict> conflicts = new ArrayList<FieldConflict>();
    private long millis = -1;

    public MergeStepReport(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public MergeStepReport line(String label, long count, MergeOutcome outcome) {
        lines.add(new MergeLine(label, count, outcome));
        return this;
    }

    public MergeStepReport conflict(FieldConflict conflict) {
        conflicts.add(conflict);
        return this;
    }

    /** @return how long the merge spent in this step (set by the merge service), -1 for a preview */
    public long getMillis() {
        return millis;
    }

    void setMillis(long millis) {
        this.millis = millis;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public List<MergeLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<FieldConflict> getConflicts() {
        return Collections.unmodifiableList(conflicts);
    }

    /** @return the non-zero lines as "Orders moved: 12; ...", for audit records */
    public String summary() {
        StringBuilder text = new StringBuilder();
        for (MergeLine line : lines) {
            if (line.getCount() != 0) {
                text.append(text.length() == 0 ? "" : "; ").append(line);
            }
        }
        return text.toString();
    }
}
