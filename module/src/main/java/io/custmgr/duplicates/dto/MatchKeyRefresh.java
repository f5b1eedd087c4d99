package io.custmgr.duplicates.dto;

/** What a rebuild of the match keys did. */
public class MatchKeyRefresh {

    private final long keys;
    private final long commonKeysDropped;
    private final long millis;

    public MatchKeyRefresh(long keys, long commonKeysDropped, long millis) {
        this.keys = keys;
        this.commonKeysDropped = commonKeysDropped;
        this.millis = millis;
    }

    /** @return keys stored (after dropping the common ones) */
    public long getKeys() {
        return keys;
    }

    /** @return keys dropped because too many customers share them (placeholders like a shop's own phone) */
    public long getCommonKeysDropped() {
        return commonKeysDropped;
    }

    public long getMillis() {
        return millis;
    }
}
