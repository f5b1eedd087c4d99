package io.custmgr.library.admin;

import java.io.Serializable;
import java.util.Date;

/** One line of the admin's Downloads view: a CM_DOWNLOAD_LOG row with its customer's e-mail and product's name. */
public final class DownloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Date time;
    private final long customerId;
    private final String customerEmail;
    private final long fileId;
    private final String fileName;
    private final long productId;
    private final String productName;
    private final long bytes;
    private final String ipAddress;
    private final String userAgent;

    public DownloadView(Date time, long customerId, String customerEmail, long fileId, String fileName,
            long productId, String productName, long bytes, String ipAddress, String userAgent) {
        this.time = time;
        this.customerId = customerId;
        this.customerEmail = customerEmail;
        this.fileId = fileId;
        this.fileName = fileName;
        this.productId = productId;
        this.productName = productName;
        this.bytes = bytes;
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
    }

    public Date getTime() { return time; }
    public long getCustomerId() { return customerId; }
    public String getCustomerEmail() { return customerEmail; }
    public long getFileId() { return fileId; }
    public String getFileName() { return fileName; }
    public long getProductId() { return productId; }
    public String getProductName() { return productName; }
    public long getBytes() { return bytes; }
    public String getIpAddress() { return ipAddress; }
    public String getUserAgent() { return userAgent; }
}
