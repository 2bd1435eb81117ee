package com.careerplatform.kit.webhook;

import java.net.InetAddress;
import java.net.URI;

/**
 * A webhook URL the guard let through, with the address it resolved and checked: the sender connects to
 * that address, so a DNS answer that changes after the check (rebinding) cannot redirect the call.
 */
public record CheckedTarget(URI uri, InetAddress address) {

    public int port() {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
