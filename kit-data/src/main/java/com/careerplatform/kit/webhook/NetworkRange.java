package com.careerplatform.kit.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 or IPv6 network in CIDR notation, such as {@code 10.0.0.0/8} or {@code fc00::/7}. */
record NetworkRange(byte[] network, int prefixLength) {

    static NetworkRange parse(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a CIDR network: " + cidr);
        }
        String address = cidr.substring(0, slash).trim();
        if (!address.matches("[0-9a-fA-F.:]+")) {
            throw new IllegalArgumentException("not a CIDR network: " + cidr);
        }
        try {
            byte[] network = InetAddress.getByName(address).getAddress();
            int prefixLength = Integer.parseInt(cidr.substring(slash + 1).trim());
            if (prefixLength < 0 || prefixLength > network.length * 8) {
                throw new IllegalArgumentException("prefix length out of range: " + cidr);
            }
            return new NetworkRange(network, prefixLength);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR network: " + cidr, e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (bytes[full] & mask) == (network[full] & mask);
    }
}
