package com.careerplatform.kit.webhook;

/** A webhook URL that the platform will not call; the message says why, for the caller to fix. */
public class WebhookTargetRefusedException extends RuntimeException {

    WebhookTargetRefusedException(String message) {
        super(message);
    }
}
