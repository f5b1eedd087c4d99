package io.custmgr.library.download;

import io.custmgr.common.mailedlink.service.HmacSigner;

/**
 * Signed download tokens: {@code customerId.fileId.expiry.signature}, the signature an HMAC-SHA256 of the three values
 * with the secret of {@code custmgr.library.link.secret}. Nothing is stored: a token is good for its customer and file
 * until its expiry (seconds since the epoch), and changing any part breaks the signature. With no secret set, a random
 * one is made at start-up (links then die with a restart and differ between nodes).
 */
public class DownloadLinks {

    private final HmacSigner signer;
    private final long validSeconds;

    public DownloadLinks(String secret, long validSeconds) {
        this.signer = new HmacSigner(secret, "custmgr.library.link.secret");
        this.validSeconds = validSeconds;
    }

    /** @return a token for this customer and file, valid for the configured seconds from {@code nowMillis} */
    public String sign(long customerId, long fileId, long nowMillis) {
        long expiry = nowMillis / 1000L + validSeconds;
        String claims = customerId + "." + fileId + "." + expiry;
        return claims + "." + signer.sign(claims);
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
        if (!signer.verify(claims, parts[3])) {
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
}
