package io.custmgr.library.service;

import io.custmgr.library.domain.DigitalFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The files of digital products (bean {@code cmDigitalFileService}): uploads checked against the settings
 * {@code custmgr.library.files.maxBytes} and {@code custmgr.library.files.allowedTypes}, bytes in the
 * {@code FileStore}, one CM_DIGITAL_FILE row each.
 */
public interface DigitalFileService {

    /**
     * Stores the content and records it as a file of the product, in one transaction; the bytes are removed again
     * when the transaction fails.
     *
     * @param fileName the name the shopper will download it as: a bare name, no path
     * @param contentType the MIME type; parameters after ';' are dropped
     * @throws InvalidDigitalFileException with every refused field (unknown product, bad name, refused type, empty
     *         or too large content); nothing is stored
     */
    DigitalFile addFile(Long productId, String fileName, String contentType, InputStream content) throws IOException;

    /** @return the product's files ordered by name */
    List<DigitalFile> findFiles(Long productId);

    /** @return the files of these products by product id, each product's by name; no statement for none */
    Map<Long, List<DigitalFile>> findFilesOfProducts(Collection<Long> productIds);

    /** @return the file, or null */
    DigitalFile findFile(Long fileId);

    /** Removes the row; the bytes go once the transaction committed. Unknown ids are ignored. */
    void removeFile(Long fileId);

    /** @return the largest upload accepted, in bytes */
    long getMaxBytes();

    /** @return true when the content type (parameters ignored) is one the settings allow */
    boolean isAllowedType(String contentType);
}
