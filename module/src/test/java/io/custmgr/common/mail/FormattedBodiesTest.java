package io.custmgr.common.mail;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormattedBodiesTest {

    @Test
    void formattedTextGetsBoldItalicListsAndLinks() {
        String html = FormattedBodies.html("Hello **Ann**, see _this_:\n\n- one\n- [our shop](https://shop.example/a?b=1&c=2)",
                BodyFormat.FORMATTED);
        assertTrue(html.contains("<strong>Ann</strong>"), html);
        assertTrue(html.contains("<em>this</em>"), html);
        assertTrue(html.contains("<li>one</li>"), html);
        assertTrue(html.contains("<a href=\"https://shop.example/a?b=1&amp;c=2\" rel=\"noopener noreferrer nofollow\">our shop</a>"),
                html);
    }

    @Test
    void markupAndDangerousLinksNeverComeOut() {
        String html = FormattedBodies.html("<script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=) <a href=\"https://x\">raw</a>",
                BodyFormat.FORMATTED);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("data:text"), html);
        assertFalse(html.contains("<a href=\"https://x\""), "raw HTML links are text: " + html);
        assertTrue(html.contains("&lt;script&gt;"), "typed markup is shown as text: " + html);
    }

    @Test
    void plainTextIsEscapedAndKeepsItsLines() {
        assertEquals("<p>a **b**<br>&lt;i&gt;</p>\n", FormattedBodies.html("a **b**\n<i>", BodyFormat.TEXT));
        assertEquals(BodyFormat.TEXT, BodyFormat.parse("nonsense"));
        assertEquals(BodyFormat.FORMATTED, BodyFormat.parse(" formatted "));
    }
}
