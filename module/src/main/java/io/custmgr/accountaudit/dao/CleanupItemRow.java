package io.custmgr.accountaudit.dao;

import io.custmgr.accountaudit.type.CleanupOutcome;

/** One line of a deletion report. */
public class CleanupItemRow {

    private final long customerId;
    private final String email;
    private final CleanupOutcome outcome;
    private final String reason;
    private final Integer batchNo;

    public CleanupItemRow(long customerId, String email, CleanupOutcome outcome, String reason, Integer batchNo) {
        this.customerId = customerId;
        this.email = email;
        this.outcome = outcome;
        this.reason = reason;
        this.batchNo = batchNo;
    }

    public long getCustomerId() { return customerId; }
    public String getEmail() { return email; }
    public CleanupOutcome getOutcome() { return outcome; }
    public String getReason() { return reason; }
    public Integer getBatchNo() { return batchNo; }
}
