package io.custmgr.accountaudit.service;

import io.custmgr.accountaudit.domain.CleanupRunImpl;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.CleanupStatus;

import java.util.Date;

/** A cleanup run as the admin shows it (progress bar, report header). */
public class CleanupRunView {

    private final long id;
    private final AccountClass accountClass;
    private final String startedBy;
    private final Date created;
    private final Date finished;
    private final CleanupStatus status;
    private final int selected;
    private final int deleted;
    private final int kept;
    private final int failed;
    private final int failedBatches;
    private final String message;

    public CleanupRunView(CleanupRunImpl run) {
        this.id = run.getId();
        this.accountClass = AccountClass.parse(run.getAccountClass());
        this.startedBy = run.getStartedBy();
        this.created = run.getCreated();
        this.finished = run.getFinished();
        this.status = CleanupStatus.valueOf(run.getStatus());
        this.selected = run.getSelected();
        this.deleted = run.getDeleted();
        this.kept = run.getKept();
        this.failed = run.getFailed();
        this.failedBatches = run.getFailedBatches();
        this.message = run.getMessage();
    }

    public int getProcessed() {
        return deleted + kept + failed;
    }

    /** @return 0 to 100 */
    public int getPercent() {
        return selected == 0 ? 100 : (int) (getProcessed() * 100L / selected);
    }

    public long getId() { return id; }
    public AccountClass getAccountClass() { return accountClass; }
    public String getStartedBy() { return startedBy; }
    public Date getCreated() { return created; }
    public Date getFinished() { return finished; }
    public CleanupStatus getStatus() { return status; }
    public boolean isFinished() { return status.isFinished(); }
    public int getSelected() { return selected; }
    public int getDeleted() { return deleted; }
    public int getKept() { return kept; }
    public int getFailed() { return failed; }
    public int getFailedBatches() { return failedBatches; }
    public String getMessage() { return message; }
}
