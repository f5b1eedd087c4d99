package io.custmgr.security.password;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells bcrypt hashes from the older hashes of a store by their format: {@code $2a$}, {@code $2b$} or {@code $2y$},
 * a two-digit cost, {@code $}, then 53 characters of bcrypt's base 64 (60 in all). No SHA, MD5 or plain-text hash of
 * Spring Security's legacy encoders starts with {@code $}.
 */
public final class BcryptHashes {

    private static final Pattern FORMAT = Pattern.compile("\\$2[aby]\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");

    private BcryptHashes() {
    }

    /** @return whether {@code encoded} is a bcrypt hash (false for null) */
    public static boolean isBcrypt(String encoded) {
        return encoded != null && FORMAT.matcher(encoded).matches();
    }

    /** @return the cost (log2 of the rounds) of a bcrypt hash, or -1 for anything else */
    public static int cost(String encoded) {
        if (encoded == null) {
            return -1;
        }
        Matcher matcher = FORMAT.matcher(encoded);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /**
     * The hash as Spring Security 3.1's jBCrypt reads it, which knows only {@code $2a$}. The later prefixes name fixes
     * of other implementations (OpenBSD's length counter wrapping past 255 bytes: {@code $2b$}; PHP's crypt_blowfish
     * and 8-bit characters: {@code $2y$}); jBCrypt never had those bugs, so it computes what they mean under
     * {@code $2a$}.
     */
    static String forJbcrypt(String bcryptHash) {
        return bcryptHash.charAt(2) == 'a' ? bcryptHash : "$2a" + bcryptHash.substring(3);
    }
}
