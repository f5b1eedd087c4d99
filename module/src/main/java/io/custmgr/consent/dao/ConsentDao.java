package io.custmgr.consent.dao;

import io.custmgr.consent.domain.ConsentRecord;

import java.util.List;

/** Reads and writes {@code CM_CONSENT} rows (bean {@code cmConsentDao}); joins the caller's transaction. */
public interface ConsentDao {

    /** @return the customer's records, newest first, at most {@code max} */
    List<ConsentRecord> readConsents(Long customerId, int max);

    void save(ConsentRecord record);
}
