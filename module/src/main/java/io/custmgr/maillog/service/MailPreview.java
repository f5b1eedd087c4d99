package io.custmgr.maillog.service;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * A logged mail's content made safe to show in the admin: its HTML cleaned to text formatting, lists, tables and
 * links (http, https and mailto only; they open outside the admin) — no scripts, styles, event handlers, forms, frames
 * or images (which would fetch from the sender's servers). Meant for a sandboxed iframe's {@code srcdoc}, which
 * keeps anything that slipped through from running or reaching the admin page. Pure, thread-safe.
 */
public final class MailPreview {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "target", "rel")
            .preserveRelativeLinks(false);

    private MailPreview() {
    }

    /** @return the cleaned HTML, as a document for {@code srcdoc}; an empty string for no content */
    public static String html(String content) {
        if (content == null || content.trim().isEmpty()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String body = Jsoup.clean(content, "", SAFE, output);
        Document cleaned = Jsoup.parseBodyFragment(body);
        cleaned.select("a[href]").attr("target", "_blank").attr("rel", "noopener noreferrer nofollow");
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + cleaned.body().html()
                + "</body></html>";
    }
}
