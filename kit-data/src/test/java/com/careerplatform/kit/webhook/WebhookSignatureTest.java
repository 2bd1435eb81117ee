package com.careerplatform.kit.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTimestampDotBodyWithHmacSha256() {
        // Computed with: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        assertEquals("t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789",
                WebhookSignature.header("whsec_test", 1_700_000_000L, BODY));
    }

    @Test
    void aReceiverAcceptsItOnlyWithTheRightSecretAndUnchangedBody() {
        String header = WebhookSignature.header("whsec_test", 1_700_000_000L, BODY);
        Map<String, String> headers = Map.of("career-signature", header);
        assertTrue(WebhookReceiver.signedWith("whsec_test", new WebhookReceiver.Received(headers, "{\"a\":1}", 200)));
        assertFalse(WebhookReceiver.signedWith("whsec_other", new WebhookReceiver.Received(headers, "{\"a\":1}", 200)));
        assertFalse(WebhookReceiver.signedWith("whsec_test", new WebhookReceiver.Received(headers, "{\"a\":2}", 200)));
    }
}
