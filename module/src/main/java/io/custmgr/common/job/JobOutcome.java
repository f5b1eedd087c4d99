package io.custmgr.common.job;

/** How a scheduled job's last run ended (column {@code CM_JOB_RUN.OUTCOME}). */
public enum JobOutcome {
    RUNNING, SUCCEEDED, FAILED
}
