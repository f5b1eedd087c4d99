package io.custmgr.site.web.library;

import io.custmgr.common.web.ClientIpResolver;
import io.custmgr.common.web.PrivateResponses;
import io.custmgr.library.download.AuthorizedDownload;
import io.custmgr.library.download.ByteRange;
import io.custmgr.library.download.DownloadRefusedException;
import io.custmgr.library.download.DownloadService;
import io.custmgr.library.domain.DigitalFile;
import io.custmgr.library.store.FileStore;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves a digital file for a signed link ({@value #PATH}{@code ?token=}, made by {@code cmDownloadService.sign}):
 * only to the signed-in customer the link was made for, while the library allows it. Streams the bytes (a single
 * {@code Range} is honoured: 206, or 416 beyond the end); a refused link gets {@link RefusedDownloadPage} with 403 and
 * no bytes. A request from the first byte counts as a download; the rest of a ranged download does not. Every
 * response with bytes is logged with its size, IP and user agent.
 */
@Controller
public class LibraryDownloadController {

    public static final String PATH = "/account/library/download";

    @Resource(name = "cmDownloadService")
    protected DownloadService downloads;

    @Resource(name = "cmDigitalFileStore")
    protected FileStore store;

    @Resource(name = "cmClientIpResolver")
    protected ClientIpResolver ipResolver;

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public void download(@RequestParam(value = "token", required = false) String token, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        PrivateResponses.keepPrivate(response);
        String rangeHeader = request.getHeader("Range");
        AuthorizedDownload download;
        try {
            download = downloads.authorize(token, currentCustomerId(), startsAtFirstByte(rangeHeader));
        } catch (DownloadRefusedException e) {
            RefusedDownloadPage.write(response, e.getCode());
            return;
        }
        DigitalFile file = download.getFile();
        long length = store.length(file.getStoredName());
        if (length < 0) {
            RefusedDownloadPage.write(response, DownloadRefusedException.UNKNOWN_FILE);
            return;
        }
        ByteRange range;
        try {
            range = ByteRange.parse(rangeHeader, length);
        } catch (ByteRange.UnsatisfiableRangeException e) {
            response.setStatus(416);
            response.setHeader("Content-Range", "bytes */" + length);
            return;
        }
        long first = range == null ? 0 : range.getFirst();
        long count = range == null ? length : range.getLength();
        response.setStatus(range == null ? HttpServletResponse.SC_OK : HttpServletResponse.SC_PARTIAL_CONTENT);
        if (range != null) {
            response.setHeader("Content-Range", range.contentRange(length));
        }
        response.setHeader("Accept-Ranges", "bytes");
        response.setContentType(file.getContentType());
        response.setHeader("Content-Length", String.valueOf(count));
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.getFileName()
                + "\"; filename*=UTF-8''" + URLEncoder.encode(file.getFileName(), "UTF-8").replace("+", "%20"));
        long sent = 0;
        try {
            sent = copy(store.open(file.getStoredName(), first), response.getOutputStream(), count);
        } finally {
            downloads.record(download, sent, ipResolver.resolve(request), request.getHeader("User-Agent"));
        }
    }

    /** @return the signed-in customer's id, or null */
    protected Long currentCustomerId() {
        Customer customer = CustomerState.getCustomer();
        return customer == null || !customer.isLoggedIn() ? null : customer.getId();
    }

    static boolean startsAtFirstByte(String rangeHeader) {
        if (rangeHeader == null || !rangeHeader.startsWith("bytes=")) {
            return true;
        }
        String spec = rangeHeader.substring("bytes=".length()).trim();
        return spec.startsWith("0-") || spec.indexOf('-') < 0;
    }

    private static long copy(InputStream in, OutputStream out, long count) throws IOException {
        long sent = 0;
        try {
            byte[] buffer = new byte[65536];
            while (sent < count) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, count - sent));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                sent += read;
            }
            out.flush();
        } finally {
            in.close();
        }
        return sent;
    }
}
