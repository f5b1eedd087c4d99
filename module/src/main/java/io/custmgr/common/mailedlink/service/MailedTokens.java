package io.custmgr.common.mailedlink.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import javax.xml.bind.DatatypeConverter;

/**
 * Tokens for links mailed to a customer ({@link MailedLinks}): 256 random bits as hex; only their SHA-256 is
 * stored, so the table alone never opens a link.
 */
public final class MailedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private MailedTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return DatatypeConverter.printHexBinary(bytes).toLowerCase();
    }

    /** @return the lower-case hex SHA-256 of the token, 64 characters */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return DatatypeConverter.printHexBinary(digest).toLowerCase();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** @return the link with the token appended as its {@code token} parameter */
    public static String link(String url, String token) {
        return url + (url.contains("?") ? "&" : "?") + "token=" + token;
    }
}
