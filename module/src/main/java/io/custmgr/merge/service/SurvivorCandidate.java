package io.custmgr.merge.service;

import java.util.Date;

/** What {@link SurvivorRule} needs to know of a customer; the merge page and the Possible Duplicates list supply it. */
public interface SurvivorCandidate {

    long getId();

    /** @return a registered account a shopper signs in to; false for a guest profile and an anonymous customer */
    boolean isAccount();

    /** @return Broadleaf's registration date; null for rows written outside Hibernate */
    Date getCreated();
}
