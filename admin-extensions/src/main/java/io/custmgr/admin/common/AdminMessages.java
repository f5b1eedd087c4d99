package io.custmgr.admin.common;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.context.MessageSource;

import java.text.MessageFormat;
import java.util.Locale;

/** Texts the module's admin code builds itself, in the admin user's language (the current request's messages). */
public final class AdminMessages {

    private AdminMessages() {
    }

    /**
     * @param fallback the English pattern, used when no message has the key or outside an admin request
     * @return the message {@code key} with {@code args} filled in
     */
    public static String text(String key, String fallback, Object... args) {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        MessageSource messages = context == null ? null : context.getMessageSource();
        if (messages == null) {
            return MessageFormat.format(fallback, args);
        }
        Locale locale = context.getJavaLocale() == null ? Locale.ENGLISH : context.getJavaLocale();
        return messages.getMessage(key, args, fallback, locale);
    }
}
