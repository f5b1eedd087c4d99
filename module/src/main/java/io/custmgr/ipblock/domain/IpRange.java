package io.custmgr.ipblock.domain;

import com.google.common.net.InetAddresses;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An IP address or CIDR range, IPv4 or IPv6, normalized: {@code 10.1.2.3/16} is {@code 10.1.0.0/16}, a single
 * address has no prefix ({@code 10.1.2.3}, not {@code /32}), IPv6 is written the RFC 5952 way ({@code 2001:db8::1}),
 * an IPv4-mapped IPv6 address ({@code ::ffff:10.1.2.3}) is the IPv4 address.
 * <p>
 * Its first and last address are also given as <em>keys</em>: 32 lower-case hex digits of the 128-bit address, IPv4
 * mapped into {@code ::ffff:0:0/96}. Keys of both families compare as strings exactly as the addresses compare as
 * numbers, so a set-based query matches any address with {@code key BETWEEN FIRST_KEY AND LAST_KEY}
 * ({@link #keyOf(String)} makes the key of an address). Immutable.
 */
public final class IpRange {

    /** Narrowest accepted prefixes: a wider block would shut out a large part of the Internet by one typo. */
    public static final int MIN_IPV4_PREFIX = 8;
    public static final int MIN_IPV6_PREFIX = 16;

    /** Only IP literals reach the parser (it never resolves names; this keeps error messages about the right thing). */
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,3}");
    private static final BigInteger IPV4_MAPPED = BigInteger.valueOf(0xffffL).shiftLeft(32);
    private static final BigInteger IPV4_MAPPED_LAST = IPV4_MAPPED.or(BigInteger.valueOf(0xffffffffL));
    private static final BigInteger ALL_ONES_128 = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    private final String text;
    private final boolean ipv6;
    private final int prefixLength;
    private final String firstKey;
    private final String lastKey;

    private IpRange(String text, boolean ipv6, int prefixLength, String firstKey, String lastKey) {
        this.text = text;
        this.ipv6 = ipv6;
        this.prefixLength = prefixLength;
        this.firstKey = firstKey;
        this.lastKey = lastKey;
    }

    /**
     * @param text an address ({@code 203.0.113.7}, {@code 2001:db8::1}) or CIDR range ({@code 203.0.113.0/24},
     *             {@code 2001:db8::/32}); surrounding spaces are ignored, host bits below the prefix are cleared
     * @throws InvalidIpRangeException naming what is wrong (blank, not an address, bad or too wide prefix)
     */
    public static IpRange parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidIpRangeException(InvalidIpRangeException.REQUIRED, "Enter an IP address or range");
        }
        int slash = trimmed.indexOf('/');
        InetAddress address = literal(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (address == null) {
            throw new InvalidIpRangeException(InvalidIpRangeException.INVALID,
                    "Not an IP address or CIDR range: enter e.g. 203.0.113.7, 203.0.113.0/24 or 2001:db8::/32");
        }
        boolean v6 = !(address instanceof Inet4Address);
        int bits = v6 ? 128 : 32;
        int prefix = bits;
        if (slash >= 0) {
            String digits = trimmed.substring(slash + 1);
            if (!DIGITS.matcher(digits).matches() || Integer.parseInt(digits) > bits) {
                throw new InvalidIpRangeException(InvalidIpRangeException.INVALID,
                        "The prefix after / must be a number from 0 to " + bits);
            }
            prefix = Integer.parseInt(digits);
        }
        if (prefix < (v6 ? MIN_IPV6_PREFIX : MIN_IPV4_PREFIX)) {
            throw new InvalidIpRangeException(InvalidIpRangeException.TOO_WIDE,
                    "The range is too wide: the prefix must be at least /" + (v6 ? MIN_IPV6_PREFIX : MIN_IPV4_PREFIX));
        }
        BigInteger value = new BigInteger(1, address.getAddress());
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        BigInteger first = value.andNot(hostMask);
        BigInteger last = first.or(hostMask);
        if (v6 && first.compareTo(IPV4_MAPPED_LAST) <= 0 && last.compareTo(IPV4_MAPPED) >= 0) {
            // keys put IPv4 there: such a range would block IPv4 shoppers without saying so
            throw new InvalidIpRangeException(InvalidIpRangeException.INVALID,
                    "This IPv6 range includes the IPv4-mapped addresses (::ffff:0:0/96): block IPv4 addresses in "
                            + "IPv4 notation");
        }
        String firstText = InetAddresses.toAddrString(toAddress(first, bits));
        String normalized = prefix == bits ? firstText : firstText + "/" + prefix;
        return new IpRange(normalized, v6, prefix, key(first, v6), key(last, v6));
    }

    /** @return the range, or null when the text is not one (no message needed) */
    public static IpRange parseOrNull(String text) {
        try {
            return parse(text);
        } catch (InvalidIpRangeException e) {
            return null;
        }
    }

    /**
     * @param ip an IPv4 or IPv6 address (no prefix)
     * @return its 32-hex-digit key, comparable with {@link #getFirstKey()} / {@link #getLastKey()}; null when
     *         {@code ip} is null or not an IP address
     */
    public static String keyOf(String ip) {
        InetAddress address = ip == null ? null : literal(ip.trim());
        if (address == null) {
            return null;
        }
        boolean v6 = !(address instanceof Inet4Address);
        return key(new BigInteger(1, address.getAddress()), v6);
    }

    /** @return whether {@code ip} (an address) lies in this range; false for anything that is not an address */
    public boolean contains(String ip) {
        String key = keyOf(ip);
        return key != null && key.compareTo(firstKey) >= 0 && key.compareTo(lastKey) <= 0;
    }

    private static InetAddress literal(String text) {
        if (text.isEmpty() || !LITERAL.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddresses.forString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static InetAddress toAddress(BigInteger value, int bits) {
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[bits / 8];
        // toByteArray may add a sign byte or omit leading zero bytes
        int copy = Math.min(raw.length, bytes.length);
        System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
        try {
            return InetAddress.getByAddress(bytes);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e); // only thrown for a wrong array length
        }
    }

    private static String key(BigInteger value, boolean v6) {
        BigInteger full = v6 ? value : IPV4_MAPPED.or(value);
        String hex = full.and(ALL_ONES_128).toString(16);
        StringBuilder padded = new StringBuilder(32);
        for (int i = hex.length(); i < 32; i++) {
            padded.append('0');
        }
        return padded.append(hex).toString().toLowerCase(Locale.ROOT);
    }

    public boolean isIpv6() { return ipv6; }
    public int getPrefixLength() { return prefixLength; }
    public boolean isSingleAddress() { return prefixLength == (ipv6 ? 128 : 32); }
    public String getFirstKey() { return firstKey; }
    public String getLastKey() { return lastKey; }

    /** @return the normalized text, e.g. {@code 10.1.0.0/16}, {@code 203.0.113.7}, {@code 2001:db8::/32} */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpRange && ((IpRange) other).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
