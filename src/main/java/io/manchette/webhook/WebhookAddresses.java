package io.manchette.webhook;

import io.manchette.common.config.ManchetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhooks off the newsroom's own network (no SSRF): a URL must be http(s) and every address
 * its host resolves to must be public. Checked when a subscription is written and again before each
 * attempt, since DNS can change; {@code manchette.webhooks.allow-private-networks} lifts the address
 * rule for tests and intranets.
 */
@ApplicationScoped
public class WebhookAddresses {

    private final boolean allowPrivate;

    @Inject
    WebhookAddresses(ManchetteConfig config) {
        this(config.webhooks().allowPrivateNetworks());
    }

    WebhookAddresses(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why {@code url} may not receive webhooks, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve: " + uri.getHost());
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = nonPublic(address);
            if (kind.isPresent()) {
                return Optional.of("resolves to " + address.getHostAddress() + ", a " + kind.get()
                        + " address: webhooks go to public addresses only");
            }
        }
        return Optional.empty();
    }

    /** What kind of non-public address this is (loopback, private…), or empty for a public one. */
    static Optional<String> nonPublic(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("wildcard");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return Optional.of("unspecified");
            }
            if (first == 100 && second >= 64 && second < 128) {
                return Optional.of("shared (carrier-grade NAT)");
            }
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return Optional.of("reserved");
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return Optional.of("benchmarking");
            }
            if (first >= 240) {
                return Optional.of("reserved");
            }
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return Optional.of("private (unique local)");
            }
            if (isMappedOrCompatibleV4(b)) {
                try {
                    return nonPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return Optional.of("unreadable");
                }
            }
        }
        return Optional.empty();
    }

    /** {@code ::ffff:a.b.c.d} (mapped) and {@code ::a.b.c.d} (compatible) reach an IPv4 address. */
    private static boolean isMappedOrCompatibleV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == 0 && b[11] == 0) || ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff);
    }
}
