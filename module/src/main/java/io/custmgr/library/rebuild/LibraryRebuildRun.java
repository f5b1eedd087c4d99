package io.custmgr.library.rebuild;

import java.io.Serializable;
import java.util.Date;

/** A bulk rebuild as the admin shows it: progress, rate, estimated time left and the report. */
public final class LibraryRebuildRun implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String status;
    private final String startedBy;
    private final Date created;
    private final Date resumed;
    private final Date finished;
    private final int total;
    private final int done;
    private final int resumedDone;
    private final int added;
    private final int revoked;
    private final String message;

    public LibraryRebuildRun(long id, String status, String startedBy, Date created, Date resumed, Date finished,
            int total, int done, int resumedDone, int added, int revoked, String message) {
        this.id = id;
        this.status = status;
        this.startedBy = startedBy;
        this.created = created;
        this.resumed = resumed;
        this.finished = finished;
        this.total = total;
        this.done = done;
        this.resumedDone = resumedDone;
        this.added = added;
        this.revoked = revoked;
        this.message = message;
    }

    public long getId() { return id; }
    public String getStatus() { return status; }
    public String getStartedBy() { return startedBy; }
    public Date getCreated() { return created; }
    public Date getFinished() { return finished; }
    public int getTotal() { return total; }
    public int getDone() { return done; }
    public int getAdded() { return added; }
    public int getRevoked() { return revoked; }
    public String getMessage() { return message; }

    /** @return true while queued or running */
    public boolean isActive() {
        return "QUEUED".equals(status) || "RUNNING".equals(status);
    }

    /** @return 0 to 100 */
    public int getPercent() {
        return total <= 0 ? (isActive() ? 0 : 100) : (int) Math.min(100L, done * 100L / total);
    }

    /** @return customers per second of the current (or last) job, 0 before its first batch */
    public double getRate() {
        if (resumed == null) {
            return 0;
        }
        long end = finished != null ? finished.getTime() : System.currentTimeMillis();
        long millis = Math.max(1, end - resumed.getTime());
        return (done - resumedDone) * 1000.0 / millis;
    }

    /** @return estimated seconds left, or -1 when unknown */
    public long getEtaSeconds() {
        double rate = getRate();
        return !isActive() || rate <= 0 ? -1 : (long) Math.ceil((total - done) / rate);
    }
}
