package io.custmgr.common.mail;

import org.springframework.web.util.HtmlUtils;

/**
 * Text a merchant typed as the HTML body of a mail: every character escaped (markup typed is shown as text, never
 * interpreted), blank lines start a paragraph, single line breaks stay line breaks. Pure.
 */
public final class PlainTextHtml {

    private PlainTextHtml() {
    }

    public static String of(String text) {
        StringBuilder html = new StringBuilder();
        String normalized = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').trim();
        for (String paragraph : normalized.split("\n\\s*\n")) {
            if (paragraph.trim().isEmpty()) {
                continue;
            }
            html.append("<p>");
            String[] lines = paragraph.split("\n");
            for (int i = 0; i < lines.length; i++) {
                html.append(i == 0 ? "" : "<br>").append(HtmlUtils.htmlEscape(lines[i]));
            }
            html.append("</p>\n");
        }
        return html.toString();
    }
}
