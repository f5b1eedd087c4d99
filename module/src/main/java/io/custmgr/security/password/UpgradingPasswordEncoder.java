package io.custmgr.security.password;

import org.springframework.security.authentication.encoding.PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCrypt;

import java.security.SecureRandom;

/**
 * Broadleaf 3.1's password encoder interface with bcrypt behind it, for {@code blPasswordEncoder} and
 * {@code blAdminPasswordEncoder}. New and changed passwords are hashed with bcrypt at the configured cost, with a
 * random salt of bcrypt's own in the hash (Broadleaf's salt argument is not needed). Stored hashes are checked by their
 * format: bcrypt ones with bcrypt, anything else with the legacy encoder the store used before, salted as before, so
 * existing passwords keep working; {@link UpgradingAuthenticationProvider} replaces them at the next sign-in.
 *
 * <p>Broadleaf 3.1 also hashes password reset tokens with this bean and finds them again by that hash, which needs the
 * same hash every time: inside Broadleaf's reset operations ({@link ResetTokenScope}) the tokens are hashed by the
 * legacy encoder, exactly as before the switch.
 *
 * <p>bcrypt reads the first 72 bytes of a password. Nothing here logs passwords or hashes.
 */
public class UpgradingPasswordEncoder implements PasswordEncoder {

    /** bcrypt's smallest cost; tests use it for speed, stores at least {@link #DEFAULT_STRENGTH}. */
    static final int MIN_STRENGTH = 4;
    static final int MAX_STRENGTH = 31;
    public static final int DEFAULT_STRENGTH = 10;

    private final int strength;
    private final PasswordEncoder legacyEncoder;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param strength bcrypt's cost, log2 of its rounds (4 to 31): each step doubles the time a hash (and every
     *        sign-in) takes
     * @param legacyEncoder what the store hashed passwords with so far (e.g. Broadleaf's plain-text default, or a
     *        salted SHA-256); its hashes are accepted, and reset tokens keep using it
     */
    public UpgradingPasswordEncoder(int strength, PasswordEncoder legacyEncoder) {
        if (strength < MIN_STRENGTH || strength > MAX_STRENGTH) {
            throw new IllegalArgumentException("bcrypt's strength is between 4 and 31, not " + strength);
        }
        if (legacyEncoder == null) {
            throw new IllegalArgumentException("The legacy encoder is required (the store's existing hashes)");
        }
        this.strength = strength;
        this.legacyEncoder = legacyEncoder;
    }

    @Override
    public String encodePassword(String rawPass, Object salt) {
        if (rawPass == null) {
            throw new IllegalArgumentException("No password to hash");
        }
        if (ResetTokenScope.isToken(rawPass)) {
            return legacyEncoder.encodePassword(rawPass, salt);
        }
        return BCrypt.hashpw(rawPass, BCrypt.gensalt(strength, random));
    }

    /** A null or empty stored hash or a null password never matches. */
    @Override
    public boolean isPasswordValid(String encPass, String rawPass, Object salt) {
        if (rawPass == null || encPass == null || encPass.isEmpty()) {
            return false;
        }
        if (BcryptHashes.isBcrypt(encPass)) {
            return BCrypt.checkpw(rawPass, BcryptHashes.forJbcrypt(encPass));
        }
        return legacyEncoder.isPasswordValid(encPass, rawPass, salt);
    }

    /**
     * @return whether a stored hash (that just matched) should be replaced by a new one: it is not bcrypt, or bcrypt
     *         at a lower cost than configured now
     */
    public boolean needsUpgrade(String encPass) {
        return BcryptHashes.cost(encPass) < strength;
    }

    public int getStrength() {
        return strength;
    }
}
