package io.custmgr.stock.service;

import java.util.Collections;
import java.util.Map;

/** A subscription or unsubscription refused, with a message key for the field at fault; nothing was changed. */
public class StockSubscriptionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String EMAIL = "email";
    public static final String SKU = "skuId";
    public static final String TOKEN = "token";

    public static final String EMAIL_REQUIRED = "Stock_EmailRequired";
    public static final String EMAIL_INVALID = "Stock_EmailInvalid";
    public static final String ALREADY_SUBSCRIBED = "Stock_AlreadySubscribed";
    public static final String NO_SUCH_SKU = "Stock_NoSuchSku";
    public static final String AVAILABLE_NOW = "Stock_AvailableNow";
    public static final String LINK_INVALID = "Stock_LinkInvalid";

    private final String field;
    private final String messageKey;

    public StockSubscriptionRefusedException(String field, String messageKey) {
        super("Refused: " + field + " " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String getField() { return field; }
    public String getMessageKey() { return messageKey; }

    /** @return message key by field name */
    public Map<String, String> getErrors() {
        return Collections.singletonMap(field, messageKey);
    }
}
