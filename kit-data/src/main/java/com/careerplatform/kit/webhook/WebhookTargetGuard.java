package com.careerplatform.kit.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Decides whether a webhook URL may be called: http(s) only, no credentials in the URL, and a host whose
 * every address is public, so that a registration cannot aim the platform at its own network (SSRF).
 * Addresses in {@code career.webhooks.allowed-networks} pass anyway and may use plain http; every other
 * target needs https. The relay asks again before each attempt, because DNS answers change, and connects
 * to the address the check resolved ({@link CheckedTarget}), never to a second answer.
 */
@ApplicationScoped
public class WebhookTargetGuard {

    /** Loopback, private, link-local, shared, documentation, multicast and reserved ranges (IANA registries). */
    private static final List<NetworkRange> NON_PUBLIC = Stream.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
            "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128",
            "::/96", "64:ff9b::/96", "100::/64", "2001::/32", "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10",
            "fec0::/10", "ff00::/8")
            .map(NetworkRange::parse).toList();

    /** Resolves a host name to its addresses, as {@link InetAddress#getAllByName} does. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<NetworkRange> allowed;
    private final Resolver resolver;

    @Inject
    WebhookTargetGuard(WebhookConfig config) {
        this(config, InetAddress::getAllByName);
    }

    WebhookTargetGuard(WebhookConfig config, Resolver resolver) {
        this.allowed = config.allowedNetworks().orElse(List.of()).stream().map(NetworkRange::parse).toList();
        this.resolver = resolver;
    }

    /** Returns the URL and the address to call when it may be called; otherwise throws, saying why. */
    public CheckedTarget check(String url) {
        URI uri = parse(url);
        InetAddress[] addresses = resolve(uri.getHost());
        boolean allAllowed = true;
        for (InetAddress address : addresses) {
            boolean isAllowed = allowed.stream().anyMatch(range -> range.contains(address));
            allAllowed &= isAllowed;
            if (!isAllowed && NON_PUBLIC.stream().anyMatch(range -> range.contains(address))) {
                throw new WebhookTargetRefusedException("url resolves to " + address.getHostAddress()
                        + ", a loopback, private or otherwise non-public address, which webhooks may not target (an operator"
                        + " allows networks of their own with career.webhooks.allowed-networks)");
            }
        }
        if (!allAllowed && !"https".equals(uri.getScheme())) {
            throw new WebhookTargetRefusedException("url must use https");
        }
        return new CheckedTarget(uri, addresses[0]);
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new WebhookTargetRefusedException("url is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!uri.isAbsolute() || !List.of("http", "https").contains(scheme)) {
            throw new WebhookTargetRefusedException("url must be an absolute http(s) URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new WebhookTargetRefusedException("url must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new WebhookTargetRefusedException("url must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw new WebhookTargetRefusedException("url must not have a fragment");
        }
        return uri;
    }

    private InetAddress[] resolve(String host) {
        try {
            return resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new WebhookTargetRefusedException("url host " + host + " does not resolve");
        }
    }
}
