package io.custmgr.maillog.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailPreviewTest {

    @Test
    void scriptsHandlersStylesImagesAndScriptLinksAreRemovedFormattingAndLinksStay() {
        String preview = MailPreview.html("<html><head><style>body{}</style><script>alert(1)</script></head><body>"
                + "<p onclick=\"steal()\">Hello <b>Jane</b></p><img src=\"https://tracker.example/p.gif\">"
                + "<a href=\"javascript:alert(2)\">bad</a> <a href=\"https://shop.example/o/1\">Your order</a>"
                + "<iframe src=\"https://evil.example\"></iframe><form action=\"/x\"><input name=\"q\"></form></body></html>");

        assertFalse(preview.contains("<script"), preview);
        assertFalse(preview.contains("alert"), preview);
        assertFalse(preview.contains("onclick"), preview);
        assertFalse(preview.contains("<style"), preview);
        assertFalse(preview.contains("<img"), preview);
        assertFalse(preview.contains("<iframe"), preview);
        assertFalse(preview.contains("<form"), preview);
        assertTrue(preview.contains("Hello <b>Jane</b>"), preview);
        assertTrue(preview.contains("href=\"https://shop.example/o/1\""), preview);
        assertTrue(preview.contains("rel=\"noopener noreferrer nofollow\""), preview);
    }

    @Test
    void plainTextIsShownAsTextAndNoContentAsNothing() {
        assertTrue(MailPreview.html("1 < 2 & <notatag").contains("1 &lt; 2 &amp;"));
        assertEquals("", MailPreview.html(null));
        assertEquals("", MailPreview.html("  "));
    }
}
