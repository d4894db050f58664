package dev.ipwire.search.alerts;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks off non-public addresses (server-side request forgery): the host is resolved and
 * every address it resolves to must be public: not loopback, private (RFC 1918, IPv6 unique local),
 * link-local (incl. cloud metadata 169.254.169.254), multicast, unspecified, shared (100.64/10),
 * benchmark, reserved or broadcast; IPv6 forms that embed an IPv4 address (mapped, compatible,
 * NAT64, 6to4) are judged by that address. Checked when an alert is created and again before every
 * delivery, since a name may resolve elsewhere later (DNS rebinding).
 */
@Component
public class WebhookTargets {

    /** Resolves a host name to its addresses; replaced in tests. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** A webhook whose host is not a public address. */
    public static final class RefusedTargetException extends java.io.IOException {
        RefusedTargetException(String message) {
            super(message);
        }
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Autowired
    WebhookTargets(WebhookTargetProperties properties) {
        this(properties.allowPrivateTargets(), host -> List.of(InetAddress.getAllByName(host)));
    }

    /** A policy resolving hosts with {@code resolver}. */
    public WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** A policy that lets every target through (tests with local receivers). */
    static WebhookTargets allowingAll() {
        return new WebhookTargets(true, host -> List.of(InetAddress.getAllByName(host)));
    }

    /**
     * Why {@code webhook} may not be called, or empty when it may.
     *
     * @throws UnknownHostException when its host does not resolve
     */
    public Optional<String> refusal(URI webhook) throws UnknownHostException {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = webhook.getHost();
        if (host == null) {
            return Optional.of("it has no host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses = resolver.resolve(host);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of(
                        "its host "
                                + webhook.getHost()
                                + " resolves to "
                                + address.getHostAddress()
                                + ", which is not a public address; a webhook must be a public"
                                + " address (to allow private ones in a trusted network, set"
                                + " ipwire.alerts.delivery.allow-private-targets=true)");
            }
        }
        return Optional.empty();
    }

    /** Throws {@link RefusedTargetException} unless {@code webhook} may be called. */
    void check(URI webhook) throws java.io.IOException {
        Optional<String> refusal = refusal(webhook);
        if (refusal.isPresent()) {
            throw new RefusedTargetException("webhook " + webhook + " refused: " + refusal.get());
        }
    }

    /** Whether an address is a public unicast address. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(bytes);
        }
        if (address instanceof Inet6Address) {
            return isPublicV6(bytes);
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0 // "this network"
                || first == 10
                || first == 127
                || (first == 100 && second >= 64 && second <= 127) // shared, carrier-grade NAT
                || (first == 169 && second == 254)
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (first == 192 && second == 0 && (b[2] & 0xff) == 2) // documentation
                || (first == 198 && (second == 18 || second == 19)) // benchmarking
                || (first == 198 && second == 51 && (b[2] & 0xff) == 100) // documentation
                || (first == 203 && second == 0 && (b[2] & 0xff) == 113) // documentation
                || first >= 224) { // multicast, reserved, broadcast
            return false;
        }
        return true;
    }

    private static boolean isPublicV6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local
            return false;
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0xc0) { // fec0::/10 site local (deprecated)
            return false;
        }
        if (first == 0x20
                && (b[1] & 0xff) == 0x01
                && (b[2] & 0xff) == 0x0d
                && (b[3] & 0xff) == 0xb8) {
            return false; // 2001:db8::/32 documentation
        }
        if (first == 0x20 && (b[1] & 0xff) == 0x02) { // 2002::/16 6to4: judge the IPv4 inside
            return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]});
        }
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return isPublicV4(tail(b)); // ::ffff:a.b.c.d mapped
        }
        if (allZero(b, 0, 12)) {
            return isPublicV4(tail(b)); // ::a.b.c.d compatible (and :: / ::1, already refused)
        }
        if ((b[0] & 0xff) == 0x00
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12)) {
            return isPublicV4(tail(b)); // 64:ff9b::/96 NAT64
        }
        return true;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] tail(byte[] b) {
        return new byte[] {b[12], b[13], b[14], b[15]};
    }
}
