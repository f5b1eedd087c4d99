package io.custmgr.privacy;

import io.custmgr.privacy.service.ErasureScope;
import io.custmgr.privacy.service.ErasureStep;

/**
 * The tests' own erasure step, added as a bean like a host would add one, running last: fails on demand, to prove the
 * whole erasure rolls back.
 */
public class ProbeErasureStep implements ErasureStep {

    static volatile RuntimeException failure;

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void erase(ErasureScope scope) {
        RuntimeException toThrow = failure;
        if (toThrow != null) {
            throw toThrow;
        }
    }
}
