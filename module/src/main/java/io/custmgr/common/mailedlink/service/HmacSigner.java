package io.custmgr.common.mailedlink.service;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.bind.DatatypeConverter;

/**
 * Signs the claims of a link that stores nothing (a signed download, an unsubscribe link): an HMAC-SHA256 in lower-case
 * hex, with the secret of a setting. With no secret set, a random one is made at start-up (its links then die with a
 * restart and differ between nodes), and a warning names the setting.
 */
public class HmacSigner {

    private static final Log LOG = LogFactory.getLog(HmacSigner.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** @param setting the name of the setting the secret comes from, for the warning */
    public HmacSigner(String secret, String setting) {
        byte[] bytes;
        if (secret == null || secret.trim().isEmpty()) {
            LOG.warn(setting + " is not set: its links are signed with a random secret that changes at every start");
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = secret.trim().getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** @return the signature of the claims (ASCII) */
    public String sign(String claims) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return DatatypeConverter.printHexBinary(mac.doFinal(claims.getBytes(StandardCharsets.US_ASCII)))
                    .toLowerCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }

    /** @return whether the signature is the claims', compared in constant time */
    public boolean verify(String claims, String signature) {
        return signature != null && MessageDigest.isEqual(sign(claims).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
