package io.custmgr.privacy.service;

import io.custmgr.privacy.type.ErasureRefusal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What became of a batch: the customers erased and, for the others, why not (nothing of those was touched). */
public final class ErasureBatchResult {

    private final List<Long> erased;
    private final Map<Long, ErasureRefusal> refused;

    public ErasureBatchResult(List<Long> erased, Map<Long, ErasureRefusal> refused) {
        this.erased = Collections.unmodifiableList(new ArrayList<Long>(erased));
        this.refused = Collections.unmodifiableMap(new LinkedHashMap<Long, ErasureRefusal>(refused));
    }

    public List<Long> getErased() {
        return erased;
    }

    public Map<Long, ErasureRefusal> getRefused() {
        return refused;
    }
}
