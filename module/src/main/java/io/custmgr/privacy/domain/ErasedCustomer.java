package io.custmgr.privacy.domain;

/** Implemented by the host's {@code CustomerImpl} once the module's class transformer has run. */
public interface ErasedCustomer {

    /** @return never null; {@link ErasureMark#isErased()} false for every customer not erased */
    ErasureMark getErasureMark();
}
