package dev.newsflow.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/** A load generator must never point at someone else's machine: every target has to be a loopback address. */
final class LocalTargets {

    private LocalTargets() {
    }

    static void requireLoopback(List<URI> urls, String bootstrapServers) {
        urls.forEach(url -> requireLoopback(url.getHost(), url.toString()));
        for (String server : bootstrapServers.split(",")) {
            String hostPort = server.strip();
            int colon = hostPort.lastIndexOf(':');
            requireLoopback(colon > 0 ? hostPort.substring(0, colon) : hostPort, hostPort);
        }
    }

    private static void requireLoopback(String host, String target) {
        try {
            String bare = host == null ? "" : host.replaceAll("^\\[|]$", "");
            if (bare.isEmpty() || !InetAddress.getByName(bare).isLoopbackAddress()) {
                throw new IllegalArgumentException("pipeline-bench only loads this machine; not a loopback target: " + target);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + target, e);
        }
    }
}
