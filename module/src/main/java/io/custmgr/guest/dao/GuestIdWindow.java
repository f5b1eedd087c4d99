package io.custmgr.guest.dao;

/** A run of live guest ids: ids in (afterId, lastId], {@code count} of them. */
public class GuestIdWindow {

    private final long afterId;
    private final long lastId;
    private final int count;

    public GuestIdWindow(long afterId, long lastId, int count) {
        this.afterId = afterId;
        this.lastId = lastId;
        this.count = count;
    }

    public long getAfterId() {
        return afterId;
    }

    public long getLastId() {
        return lastId;
    }

    public int getCount() {
        return count;
    }
}
