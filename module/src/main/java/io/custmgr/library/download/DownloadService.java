package io.custmgr.library.download;

import java.util.List;

/**
 * Signed download links and what they may serve (bean {@code cmDownloadService}). A storefront controller, the
 * module's or a host's, asks {@link #authorize} before sending a byte and {@link #record}s what it sent.
 */
public interface DownloadService {

    /** @return a signed token for the customer's download of the file, valid for {@code custmgr.library.link.validSeconds} */
    String sign(long customerId, long fileId);

    /**
     * Checks a token against the signed-in customer and the library, counting the download when it starts (one
     * conditional UPDATE: limits hold under concurrent requests).
     *
     * @param signedInCustomerId the storefront's customer, null when nobody is signed in
     * @param starting true unless the request continues a download (a Range not starting at byte 0)
     * @throws DownloadRefusedException with the reason; nothing was counted
     */
    AuthorizedDownload authorize(String token, Long signedInCustomerId, boolean starting);

    /** Queues the log record of a served download (written off the request thread); never throws. */
    void record(AuthorizedDownload download, long bytesSent, String ipAddress, String userAgent);

    /** @return the customer's downloads, newest first */
    List<DownloadRecord> findDownloads(long customerId, int first, int max);
}
