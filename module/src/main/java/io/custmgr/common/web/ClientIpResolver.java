package io.custmgr.common.web;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;

/**
 * The originating client IP of a request. {@code X-Forwarded-For} is believed only when the direct peer is a trusted
 * proxy; then the header is read right to left, skipping further trusted proxies, and the first other address is the
 * client (entries further left were written by the client itself and prove nothing). Immutable, thread-safe.
 */
public class ClientIpResolver {

    /** Only IP literals are parsed: InetAddress would otherwise resolve host names through DNS. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    private final List<Cidr> trusted = new ArrayList<Cidr>();

    /** @param trustedProxies comma-separated CIDRs (a bare address means /32 or /128); invalid entries are ignored */
    public ClientIpResolver(String trustedProxies) {
        if (trustedProxies != null) {
            for (String entry : trustedProxies.split(",")) {
                Cidr cidr = Cidr.parse(entry.trim());
                if (cidr != null) {
                    trusted.add(cidr);
                }
            }
        }
    }

    /** @return the client IP of the request this thread serves ({@link CurrentRequest}), or null outside one */
    public String resolveCurrent() {
        HttpServletRequest request = CurrentRequest.get();
        return request == null ? null : resolve(request);
    }

    public String resolve(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (parse(hop) == null) {
                break; // garbage: stop at the last address we could verify
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    boolean isTrusted(String address) {
        InetAddress parsed = parse(address);
        if (parsed == null) {
            return false;
        }
        for (Cidr cidr : trusted) {
            if (cidr.contains(parsed)) {
                return true;
            }
        }
        return false;
    }

    static InetAddress parse(String address) {
        if (address == null || address.isEmpty() || !IP_LITERAL.matcher(address).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** One network: address bits and prefix length, compared as unsigned numbers of the same family. */
    static final class Cidr {
        private final BigInteger network;
        private final int prefix;
        private final int bits;

        private Cidr(BigInteger network, int prefix, int bits) {
            this.network = network;
            this.prefix = prefix;
            this.bits = bits;
        }

        static Cidr parse(String text) {
            if (text.isEmpty()) {
                return null;
            }
            int slash = text.indexOf('/');
            InetAddress address = ClientIpResolver.parse(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                return null;
            }
            int bits = address.getAddress().length * 8;
            try {
                int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
                if (prefix < 0 || prefix > bits) {
                    return null;
                }
                return new Cidr(masked(address, prefix, bits), prefix, bits);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        boolean contains(InetAddress address) {
            return address.getAddress().length * 8 == bits && masked(address, prefix, bits).equals(network);
        }

        private static BigInteger masked(InetAddress address, int prefix, int bits) {
            BigInteger value = new BigInteger(1, address.getAddress());
            return value.shiftRight(bits - prefix);
        }
    }
}
