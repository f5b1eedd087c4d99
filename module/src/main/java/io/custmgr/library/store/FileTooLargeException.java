package io.custmgr.library.store;

import java.io.IOException;

/** The content was longer than the store was allowed to keep; nothing was kept. */
public class FileTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super("More than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long getMaxBytes() {
        return maxBytes;
    }
}
