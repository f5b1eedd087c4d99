package io.custmgr.library.download;

import java.io.Serializable;
import java.util.Date;

/** One served download as logged (CM_DOWNLOAD_LOG) and as the customer's history and the admin show it. */
public final class DownloadRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Date time;
    private final long customerId;
    private final long fileId;
    private final long productId;
    private final String fileName;
    private final long bytes;
    private final String ipAddress;
    private final String userAgent;

    public DownloadRecord(Date time, long customerId, long fileId, long productId, String fileName, long bytes,
            String ipAddress, String userAgent) {
        this.time = time;
        this.customerId = customerId;
        this.fileId = fileId;
        this.productId = productId;
        this.fileName = fileName;
        this.bytes = bytes;
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
    }

    public Date getTime() {
        return time;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getFileId() {
        return fileId;
    }

    public long getProductId() {
        return productId;
    }

    public String getFileName() {
        return fileName;
    }

    public long getBytes() {
        return bytes;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }
}
