package com.careerplatform.kit.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkRangeTest {

    @Test
    void matchesOnTheFirstPrefixBitsOnly() throws UnknownHostException {
        NetworkRange range = NetworkRange.parse("100.64.0.0/10");
        assertTrue(range.contains(InetAddress.getByName("100.64.0.1")));
        assertTrue(range.contains(InetAddress.getByName("100.127.255.255")));
        assertFalse(range.contains(InetAddress.getByName("100.128.0.0")));
        assertFalse(range.contains(InetAddress.getByName("100.63.255.255")));
    }

    @Test
    void keepsIpv4AndIpv6Apart() throws UnknownHostException {
        assertFalse(NetworkRange.parse("::/0").contains(InetAddress.getByName("10.0.0.1")));
        assertTrue(NetworkRange.parse("fc00::/7").contains(InetAddress.getByName("fdff::1")));
        assertFalse(NetworkRange.parse("fc00::/7").contains(InetAddress.getByName("fe00::1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0", "10.0.0.0/33", "10.0.0.0/x", "example.com/8", "/8"})
    void refusesWhatIsNotACidrNetwork(String cidr) {
        assertThrows(IllegalArgumentException.class, () -> NetworkRange.parse(cidr));
    }
}
