package io.custmgr.site.web.library;

import io.custmgr.library.download.DownloadRefusedException;

import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;

/** The page a refused download link answers with (status 403, no bytes of the file): what happened and what to do. */
final class RefusedDownloadPage {

    private static final Map<String, String> MESSAGES = new HashMap<String, String>();

    static {
        MESSAGES.put(DownloadRefusedException.TAMPERED, "This download link is not valid.");
        MESSAGES.put(DownloadRefusedException.EXPIRED, "This download link has expired.");
        MESSAGES.put(DownloadRefusedException.OTHER_CUSTOMER, "This download link belongs to another account."
                + " Sign in with the account that owns the item.");
        MESSAGES.put(DownloadRefusedException.UNKNOWN_FILE, "This file is no longer available.");
        MESSAGES.put(DownloadRefusedException.NOT_IN_LIBRARY, "This item is not in your library.");
        MESSAGES.put(DownloadRefusedException.REVOKED, "This item has been removed from your library.");
        MESSAGES.put(DownloadRefusedException.LIMIT_REACHED, "You have used all downloads of this item.");
        MESSAGES.put(DownloadRefusedException.ACCESS_EXPIRED, "Your access to this item has ended.");
    }

    private RefusedDownloadPage() {
    }

    static void write(HttpServletResponse response, String code) throws IOException {
        String message = MESSAGES.containsKey(code) ? MESSAGES.get(code) : MESSAGES.get(DownloadRefusedException.TAMPERED);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Download not available</title>"
                + "</head><body><main><h1>Download not available</h1><p id=\"download-refused\" data-reason=\""
                + HtmlUtils.htmlEscape(code) + "\">" + HtmlUtils.htmlEscape(message) + "</p><p><a href=\""
                + MyLibraryController.PATH + "\">Back to My library</a> to get a new link.</p></main></body></html>");
        out.flush();
    }
}
