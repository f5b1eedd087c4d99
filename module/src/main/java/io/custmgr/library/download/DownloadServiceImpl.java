package io.custmgr.library.download;

import io.custmgr.library.dao.DigitalFileDao;
import io.custmgr.library.dao.DownloadLogDao;
import io.custmgr.library.dao.LibraryEntryDao;
import io.custmgr.library.domain.DigitalFile;

import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;

public class DownloadServiceImpl implements DownloadService {

    private final DownloadLinks links;
    private final DigitalFileDao files;
    private final LibraryEntryDao entries;
    private final DownloadLogDao log;
    private final DownloadLogWriter writer;

    public DownloadServiceImpl(DownloadLinks links, DigitalFileDao files, LibraryEntryDao entries, DownloadLogDao log,
            DownloadLogWriter writer) {
        this.links = links;
        this.files = files;
        this.entries = entries;
        this.log = log;
        this.writer = writer;
    }

    @Override
    public String sign(long customerId, long fileId) {
        return links.sign(customerId, fileId, System.currentTimeMillis());
    }

    @Override
    @Transactional("blTransactionManager")
    public AuthorizedDownload authorize(String token, Long signedInCustomerId, boolean starting) {
        Date now = new Date();
        long[] claims = links.verify(token, now.getTime());
        if (signedInCustomerId == null || signedInCustomerId != claims[0]) {
            throw new DownloadRefusedException(DownloadRefusedException.OTHER_CUSTOMER);
        }
        DigitalFile file = files.readById(claims[1]);
        if (file == null) {
            throw new DownloadRefusedException(DownloadRefusedException.UNKNOWN_FILE);
        }
        if (starting && entries.takeDownload(claims[0], file.getProductId(), now)) {
            return new AuthorizedDownload(claims[0], file);
        }
        String refusal = entries.readRefusal(claims[0], file.getProductId(), now, starting);
        if (refusal != null) {
            throw new DownloadRefusedException(refusal);
        }
        return new AuthorizedDownload(claims[0], file);
    }

    @Override
    public void record(AuthorizedDownload download, long bytesSent, String ipAddress, String userAgent) {
        DigitalFile file = download.getFile();
        writer.offer(new DownloadRecord(new Date(), download.getCustomerId(), file.getId(), file.getProductId(),
                file.getFileName(), bytesSent, ipAddress, userAgent));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<DownloadRecord> findDownloads(long customerId, int first, int max) {
        return log.readByCustomer(customerId, first, max);
    }
}
