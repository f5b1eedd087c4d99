package io.custmgr.merge.dao;

import io.custmgr.merge.service.MergeParty;

import java.util.Date;
import java.util.List;
import java.util.Map;

/** The merge's own reads and writes of customer rows and merge records (JDBC, set-based). */
public interface CustomerMergeDao {

    /** Settings for the merge's own transaction, before its set-based statements (PostgreSQL: JIT off). */
    void prepareTransaction();

    /** @return the customers found among the ids, by id; with {@code forUpdate} their rows stay locked until commit */
    Map<Long, MergeParty> readParties(long firstId, long secondId, boolean forUpdate);

    /** Deactivates the absorbed customer, frees its e-mail and login and points it at the survivor. */
    void markAbsorbed(long absorbedId, long survivorId, Date when, String freedUserName);

    void insertRecord(long absorbedId, long survivorId, String absorbedEmail, Date when, String mergedBy,
            String summary);

    /** @return CM_MERGED_INTO of the customer, null when not merged or unknown */
    Long readMergedInto(long customerId);

    /** @return live customers (not merged away) other than {@code customerId} whose e-mail or name contains the text */
    List<MergeParty> findCandidates(long customerId, String text, Long idEquals, int max);
}
