package io.custmgr.common.mail;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextHtmlTest {

    @Test
    void markupTypedIsEscapedBlankLinesMakeParagraphsAndLineBreaksStay() {
        assertEquals("<p>Hello &lt;b&gt;Jane&lt;/b&gt;,<br>thanks &amp; bye</p>\n<p>&lt;script&gt;x&lt;/script&gt;</p>\n",
                PlainTextHtml.of("Hello <b>Jane</b>,\r\nthanks & bye\r\n\r\n\r\n<script>x</script>\n"));
    }
}
