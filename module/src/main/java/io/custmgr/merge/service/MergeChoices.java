package io.custmgr.merge.service;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** The merchant's choice per conflicting field (key from {@link FieldConflict#getKey()}); unchosen: the survivor's. */
public final class MergeChoices {

    public static final MergeChoices SURVIVOR_WINS = new MergeChoices(Collections.<String, MergeSide>emptyMap());

    private final Map<String, MergeSide> sides;

    public MergeChoices(Map<String, MergeSide> sides) {
        this.sides = Collections.unmodifiableMap(new HashMap<String, MergeSide>(sides));
    }

    public MergeSide sideFor(String fieldKey) {
        MergeSide side = sides.get(fieldKey);
        return side == null ? MergeSide.SURVIVOR : side;
    }

    public Map<String, MergeSide> asMap() {
        return sides;
    }
}
