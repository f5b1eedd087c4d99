package io.custmgr.admin.common;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * Yes / no values as words for the merchant, instead of the "true" / "false" Broadleaf 3.1 prints in list grids and
 * read-only fields. A field names its own words with the messages {@code <friendly name>_true} and
 * {@code <friendly name>_false} (the guest flag: "Guest" / "Account"); any other flag reads Broadleaf's "Yes" / "No".
 */
public final class FlagWords {

    private static final String YES = "Yes";
    private static final String NO = "No";

    private final MessageSource messages;
    private final Locale locale;

    /** @param messages where the words are looked up; null gives the English defaults */
    public FlagWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** The words of the current admin request (its message source and locale), English defaults outside one. */
    public static FlagWords ofCurrentRequest() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        return context == null ? new FlagWords(null, null)
                : new FlagWords(context.getMessageSource(), context.getJavaLocale());
    }

    /**
     * @param friendlyName the field's message key (its label), may be null
     * @param value the stored value as Broadleaf hands it to the form, "true" or "false" in any case
     * @return the word for the value, or null when the value is no flag value (none set: shown empty)
     */
    public String word(String friendlyName, String value) {
        if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
            return null;
        }
        boolean yes = "true".equalsIgnoreCase(value);
        String fallback = yes ? YES : NO;
        if (messages == null) {
            return fallback;
        }
        String own = friendlyName == null ? null
                : messages.getMessage(friendlyName + (yes ? "_true" : "_false"), null, null, locale);
        return own != null ? own : messages.getMessage(fallback, null, fallback, locale);
    }
}
