package io.custmgr.library.download;

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
 * Signed download tokens: {@code customerId.fileId.expiry.signature}, the signature an HMAC-SHA256 of the three values
 * with the secret of {@code custmgr.library.link.secret}. Nothing is stored: a token is good for its customer and file
 * until its expiry (seconds since the epoch), and changing any part breaks the signature. With no secret set, a random
 * one is made at start-up (links then die with a restart and differ between nodes).
 */
public class DownloadLinks {

    private static final Log LOG = LogFactory.getLog(DownloadLinks.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final long validSeconds;

    public DownloadLinks(String secret, long validSeconds) {
        byte[] bytes;
        if (secret == null || secret.trim().isEmpty()) {
            LOG.warn("custmgr.library.link.secret is not set: download links are signed with a random secret that"
                    + " changes at every start");
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = secret.trim().getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
        this.validSeconds = validSeconds;
    }

    /** @return a token for this customer and file, valid for the configured seconds from {@code nowMillis} */
    public String sign(long customerId, long fileId, long nowMillis) {
        long expiry = nowMillis / 1000L + validSeconds;
        String claims = customerId + "." + fileId + "." + expiry;
        return claims + "." + mac(claims);
    }

    /**
     * @return {customerId, fileId, expiry}
     * @throws DownloadRefusedException {@code tampered} for a malformed or altered token, {@code expired} after its
     *         expiry
     */
    public long[] verify(String token, long nowMillis) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 4) {
            throw new DownloadRefusedException(DownloadRefusedException.TAMPERED);
        }
        String claims = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(mac(claims).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII))) {
            throw new DownloadRefusedException(DownloadRefusedException.TAMPERED);
        }
        long[] values = new long[3];
        try {
            for (int i = 0; i < 3; i++) {
                values[i] = Long.parseLong(parts[i]);
            }
        } catch (NumberFormatException e) {
            throw new DownloadRefusedException(DownloadRefusedException.TAMPERED);
        }
        if (values[2] * 1000L <= nowMillis) {
            throw new DownloadRefusedException(DownloadRefusedException.EXPIRED);
        }
        return values;
    }

    private String mac(String claims) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return DatatypeConverter.printHexBinary(mac.doFinal(claims.getBytes(StandardCharsets.US_ASCII)))
                    .toLowerCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }
}
