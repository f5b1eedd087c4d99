package io.custmgr.library.download;

import io.custmgr.library.domain.DigitalFile;

/** A download the link and the library allow: the customer and the file to stream. */
public final class AuthorizedDownload {

    private final long customerId;
    private final DigitalFile file;

    public AuthorizedDownload(long customerId, DigitalFile file) {
        this.customerId = customerId;
        this.file = file;
    }

    public long getCustomerId() {
        return customerId;
    }

    public DigitalFile getFile() {
        return file;
    }
}
