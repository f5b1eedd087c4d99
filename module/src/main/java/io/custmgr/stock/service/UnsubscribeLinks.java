package io.custmgr.stock.service;

import io.custmgr.common.mailedlink.service.HmacSigner;

/**
 * Signed unsubscribe tokens, {@code subscriptionId.signature}, signed with the secret of
 * {@code custmgr.stock.link.secret}. Nothing is stored and they do not expire: an address may always stop the mails.
 */
public class UnsubscribeLinks {

    private static final String CLAIM = "stock-unsubscribe.";

    private final HmacSigner signer;

    public UnsubscribeLinks(String secret) {
        this.signer = new HmacSigner(secret, "custmgr.stock.link.secret");
    }

    public String sign(long subscriptionId) {
        return subscriptionId + "." + signer.sign(CLAIM + subscriptionId);
    }

    /** @return the subscription id of a token this store signed, or null for anything else */
    public Long verify(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return null;
        }
        return signer.verify(CLAIM + id, token.substring(dot + 1)) ? id : null;
    }
}
