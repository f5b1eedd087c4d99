package io.custmgr.search.dao;

import java.util.Date;

/** What {@code CM_SEARCH_INDEX_STATE} holds. */
public class IndexState {

    public static final String IDLE = "IDLE";
    public static final String RUNNING = "RUNNING";
    public static final String FAILED = "FAILED";

    private Date confirmedUntil;
    private long generation;
    private String rebuildStatus;
    private long rebuildAfterId;
    private long rebuildDone;
    private long rebuildTotal;
    private Date rebuildStarted;
    private Date rebuildHeartbeat;
    private Date rebuildFinished;
    private String rebuildBy;
    private String rebuildError;

    public Date getConfirmedUntil() {
        return confirmedUntil;
    }

    public void setConfirmedUntil(Date confirmedUntil) {
        this.confirmedUntil = confirmedUntil;
    }

    public long getGeneration() {
        return generation;
    }

    public void setGeneration(long generation) {
        this.generation = generation;
    }

    public String getRebuildStatus() {
        return rebuildStatus;
    }

    public void setRebuildStatus(String rebuildStatus) {
        this.rebuildStatus = rebuildStatus;
    }

    public boolean isRebuilding() {
        return RUNNING.equals(rebuildStatus);
    }

    public long getRebuildAfterId() {
        return rebuildAfterId;
    }

    public void setRebuildAfterId(long rebuildAfterId) {
        this.rebuildAfterId = rebuildAfterId;
    }

    public long getRebuildDone() {
        return rebuildDone;
    }

    public void setRebuildDone(long rebuildDone) {
        this.rebuildDone = rebuildDone;
    }

    public long getRebuildTotal() {
        return rebuildTotal;
    }

    public void setRebuildTotal(long rebuildTotal) {
        this.rebuildTotal = rebuildTotal;
    }

    public Date getRebuildStarted() {
        return rebuildStarted;
    }

    public void setRebuildStarted(Date rebuildStarted) {
        this.rebuildStarted = rebuildStarted;
    }

    public Date getRebuildHeartbeat() {
        return rebuildHeartbeat;
    }

    public void setRebuildHeartbeat(Date rebuildHeartbeat) {
        this.rebuildHeartbeat = rebuildHeartbeat;
    }

    public Date getRebuildFinished() {
        return rebuildFinished;
    }

    public void setRebuildFinished(Date rebuildFinished) {
        this.rebuildFinished = rebuildFinished;
    }

    public String getRebuildBy() {
        return rebuildBy;
    }

    public void setRebuildBy(String rebuildBy) {
        this.rebuildBy = rebuildBy;
    }

    public String getRebuildError() {
        return rebuildError;
    }

    public void setRebuildError(String rebuildError) {
        this.rebuildError = rebuildError;
    }

    /** @return percent done, 0 to 100 */
    public int getPercent() {
        return rebuildTotal <= 0 ? (isRebuilding() ? 0 : 100) : (int) Math.min(100, rebuildDone * 100 / rebuildTotal);
    }
}
