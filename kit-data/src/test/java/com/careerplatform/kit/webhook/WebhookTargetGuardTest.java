package com.careerplatform.kit.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetGuardTest {

    private static WebhookTargetGuard guard(String... allowedNetworks) {
        return new WebhookTargetGuard(WebhookConfigs.allowing(allowedNetworks));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://127.8.9.10/", "https://localhost/hook", "https://10.1.2.3/",
        "https://172.20.0.1/", "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/",
        "https://0.0.0.0/", "https://224.0.0.1/", "https://[::1]/", "https://[fd12:3456::1]/", "https://[fe80::1]/",
        "https://[::ffff:10.0.0.1]/", "https://[64:ff9b::a00:1]/"})
    void refusesLoopbackPrivateLinkLocalAndOtherNonPublicTargets(String url) {
        WebhookTargetRefusedException refused = assertThrows(WebhookTargetRefusedException.class, () -> guard().check(url));
        assertTrue(refused.getMessage().contains("non-public address"), refused.getMessage());
        assertTrue(refused.getMessage().contains("career.webhooks.allowed-networks"), "says how an operator allows it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/", "file:///etc/passwd", "/relative/path", "93.184.216.34/hook",
        "https://", "https://user:secret@93.184.216.34/", "https://93.184.216.34/#frag", "http://exa mple.com/"})
    void refusesWhatIsNotAPlainHttpsUrl(String url) {
        assertThrows(WebhookTargetRefusedException.class, () -> guard().check(url));
    }

    @Test
    void acceptsHttpsToAPublicAddress() {
        assertEquals("93.184.216.34", guard().check("https://93.184.216.34/hooks?team=hr").uri().getHost());
    }

    @Test
    void refusesPlainHttpToAPublicAddress() {
        WebhookTargetRefusedException refused = assertThrows(WebhookTargetRefusedException.class,
                () -> guard().check("http://93.184.216.34/hook"));
        assertEquals("url must use https", refused.getMessage());
    }

    @Test
    void allowsConfiguredNetworksEvenOverPlainHttp() {
        WebhookTargetGuard guard = guard("127.0.0.0/8", "10.20.0.0/16");
        assertEquals(8089, guard.check("http://127.0.0.1:8089/hook").port());
        assertEquals("10.20.3.4", guard.check("http://10.20.3.4/hook").address().getHostAddress());
        assertThrows(WebhookTargetRefusedException.class, () -> guard.check("http://10.21.0.1/hook"));
        assertThrows(WebhookTargetRefusedException.class, () -> guard.check("https://[::1]/hook"));
    }
}
