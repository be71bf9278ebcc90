package io.manchette.security;

import java.util.List;
import java.util.Set;

/**
 * Who the client is, for rate limits. The connection's peer address, unless that peer is a trusted
 * reverse proxy: then the right-most {@code X-Forwarded-For} entry that is not itself a trusted
 * proxy. Entries further left are written by the client and cannot be believed.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String resolve(String peer, String forwardedFor, List<String> trustedProxies) {
        Set<String> trusted = Set.copyOf(trustedProxies);
        if (forwardedFor == null || forwardedFor.isBlank() || !trusted.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
