package io.custmgr.common.mail;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The HTML of a body the merchant wrote, safe to put into a mail or a storefront page as it is: plain text through
 * {@link PlainTextHtml}; formatted text through CommonMark with raw HTML escaped and unsafe link targets dropped, then
 * cleaned to a small safe list (paragraphs, line breaks, bold, italic, lists, block quotes, code, links) — anything
 * else, a {@code javascript:} link included, cannot come out of it. Pure, thread-safe.
 */
public final class FormattedBodies {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .softbreak("<br>").build();
    private static final Safelist SAFE = Safelist.none()
            .addTags("p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "code", "pre", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .preserveRelativeLinks(false);

    private FormattedBodies() {
    }

    public static String html(String body, BodyFormat format) {
        if (format != BodyFormat.FORMATTED) {
            return PlainTextHtml.of(body);
        }
        Node document = PARSER.parse(body == null ? "" : body.replace("\r\n", "\n"));
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(RENDERER.render(document), "", SAFE, output);
    }
}
