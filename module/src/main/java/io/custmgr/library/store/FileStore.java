package io.custmgr.library.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of digital files live (bean {@code cmDigitalFileStore}; {@link LocalDirectoryFileStore} by default,
 * a host replaces it by id for another store). Keys are chosen by the store and never contain a path; the names
 * merchants upload files with are kept in CM_DIGITAL_FILE only.
 */
public interface FileStore {

    /**
     * Copies {@code content} into the store under a new key, reading at most {@code maxBytes} + 1 bytes.
     *
     * @return the key, size and SHA-256 of what was stored
     * @throws FileTooLargeException when the content is longer than {@code maxBytes}; nothing is kept
     */
    StoredContent store(InputStream content, long maxBytes) throws IOException;

    /**
     * @param offset the first byte to read (0 for the whole file)
     * @return a stream of the stored bytes from {@code offset}; the caller closes it
     * @throws java.io.FileNotFoundException when the key is unknown or not one this store hands out
     */
    InputStream open(String key, long offset) throws IOException;

    /** @return the stored length in bytes, or -1 when the key is unknown */
    long length(String key);

    /** Removes the bytes; an unknown key is ignored. */
    void delete(String key) throws IOException;
}
