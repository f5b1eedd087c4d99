package io.custmgr.common.mail;

import java.util.Locale;

/** How the merchant wrote the body of a message or e-mail to a customer. */
public enum BodyFormat {

    /** Plain text: every character shown as typed; blank lines start paragraphs. */
    TEXT,
    /**
     * Limited formatting, written as Markdown: bold, italic, links (http, https, mailto), lists, paragraphs and line
     * breaks. Markup typed as HTML is shown as text.
     */
    FORMATTED;

    /** Longest code stored. */
    public static final int CODE_LENGTH = 16;

    /** @return the format named (case-insensitive); {@link #TEXT} for null, blank or anything else */
    public static BodyFormat parse(String name) {
        if (name != null) {
            for (BodyFormat format : values()) {
                if (format.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                    return format;
                }
            }
        }
        return TEXT;
    }
}
