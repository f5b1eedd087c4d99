package io.custmgr.library.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * One downloadable file of a digital product (CM_DIGITAL_FILE). The bytes live in the {@code FileStore} under
 * {@link #getStoredName()}, never under the name the merchant uploaded it with.
 */
public interface DigitalFile extends Serializable {

    int NAME_LENGTH = 255;
    int CONTENT_TYPE_LENGTH = 100;

    Long getId();

    Long getProductId();

    void setProductId(Long productId);

    /** @return the name the shopper downloads it as (checked: no path, no control characters) */
    String getFileName();

    void setFileName(String fileName);

    String getContentType();

    void setContentType(String contentType);

    long getSize();

    void setSize(long size);

    /** @return the SHA-256 of the bytes, 64 lower-case hex digits */
    String getSha256();

    void setSha256(String sha256);

    /** @return the store's key for the bytes */
    String getStoredName();

    void setStoredName(String storedName);

    Date getDateAdded();

    String getAddedBy();
}
