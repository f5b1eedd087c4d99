package io.custmgr.history.dao;

import io.custmgr.history.service.PageViewEvent;

/** One row about to be inserted: its allocated id, the event, and its time on page if already known. */
public class PageViewRow {

    private final long id;
    private final PageViewEvent event;
    private Long timeOnPageMs;

    public PageViewRow(long id, PageViewEvent event) {
        this.id = id;
        this.event = event;
    }

    public long getId() { return id; }
    public PageViewEvent getEvent() { return event; }
    public Long getTimeOnPageMs() { return timeOnPageMs; }
    public void setTimeOnPageMs(Long timeOnPageMs) { this.timeOnPageMs = timeOnPageMs; }
}
