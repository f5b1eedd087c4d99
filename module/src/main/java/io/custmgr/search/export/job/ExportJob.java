package io.custmgr.search.export.job;

import io.custmgr.search.export.ExportFormat;

import java.io.File;
import java.util.Date;

/** A background export: who started it, how far it is, and the file when it is ready. */
public class ExportJob {

    public enum State { RUNNING, READY, FAILED }

    private final String id;
    private final Long adminUserId;
    private final ExportFormat format;
    private final long expectedRows;
    private final Date started = new Date();
    private final File file;
    private volatile long rows;
    private volatile State state = State.RUNNING;
    private volatile Date finished;
    private volatile String error;

    ExportJob(String id, Long adminUserId, ExportFormat format, long expectedRows, File file) {
        this.id = id;
        this.adminUserId = adminUserId;
        this.format = format;
        this.expectedRows = expectedRows;
        this.file = file;
    }

    public String getId() {
        return id;
    }

    /** @return the admin user who started it: the only one who may download it */
    public Long getAdminUserId() {
        return adminUserId;
    }

    public ExportFormat getFormat() {
        return format;
    }

    public long getExpectedRows() {
        return expectedRows;
    }

    public long getRows() {
        return rows;
    }

    void setRows(long rows) {
        this.rows = rows;
    }

    public State getState() {
        return state;
    }

    void finish(State state, String error) {
        this.error = error;
        this.finished = new Date();
        this.state = state;
    }

    public Date getStarted() {
        return started;
    }

    public Date getFinished() {
        return finished;
    }

    public String getError() {
        return error;
    }

    public File getFile() {
        return file;
    }

    public int getPercent() {
        if (state == State.READY) {
            return 100;
        }
        return expectedRows <= 0 ? 0 : (int) Math.min(99L, rows * 100L / expectedRows);
    }

    /** @return the download's file name, e.g. customers-20261206-0915.csv */
    public String getFileName() {
        return format.fileName(started);
    }
}
