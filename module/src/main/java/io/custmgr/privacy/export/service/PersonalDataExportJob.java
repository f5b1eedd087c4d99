package io.custmgr.privacy.export.service;

import java.util.Date;

/**
 * One background export of a customer's personal data: its progress and, once ready, the token of its download link
 * (kept in memory only, never logged or stored: the database holds its hash).
 */
public class PersonalDataExportJob {

    public enum State { RUNNING, READY, FAILED }

    private final String id;
    private final long customerId;
    private final Date started = new Date();
    private volatile long records;
    private volatile State state = State.RUNNING;
    private volatile Date finished;
    private volatile String downloadToken;

    PersonalDataExportJob(String id, long customerId) {
        this.id = id;
        this.customerId = customerId;
    }

    public String getId() { return id; }
    public long getCustomerId() { return customerId; }
    public Date getStarted() { return started; }
    public long getRecords() { return records; }
    public State getState() { return state; }
    public Date getFinished() { return finished; }

    /** @return the admin download link's token once {@link State#READY}, else null */
    public String getDownloadToken() { return downloadToken; }

    /** The file name a download is saved under, e.g. personal-data-123.zip. */
    public String getFileName() {
        return "personal-data-" + customerId + ".zip";
    }

    void setRecords(long records) {
        this.records = records;
    }

    void ready(String token) {
        this.downloadToken = token;
        this.finished = new Date();
        this.state = State.READY;
    }

    void failed() {
        this.finished = new Date();
        this.state = State.FAILED;
    }
}
