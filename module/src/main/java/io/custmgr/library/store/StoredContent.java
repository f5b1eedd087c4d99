package io.custmgr.library.store;

/** What {@link FileStore#store} wrote: the store's key, the length and the SHA-256 (lower-case hex). */
public final class StoredContent {

    private final String key;
    private final long size;
    private final String sha256;

    public StoredContent(String key, long size, String sha256) {
        this.key = key;
        this.size = size;
        this.sha256 = sha256;
    }

    public String getKey() {
        return key;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }
}
