package com.careerplatform.kit.outbox;

import java.util.Set;

/**
 * A subscriber did not take an event. Without an answer, or with a 5xx, 408, 425 or 429, it may take it
 * later and the relay retries; any other 4xx refuses this event as it is, so retrying the same body
 * cannot help: the delivery is dead at once, for a person to look at and redeliver.
 */
public class DeliveryFailedException extends RuntimeException {

    private static final Set<Integer> LATER = Set.of(408, 425, 429);

    private final Integer status;

    /** {@code status} is the subscriber's HTTP answer, or null when none came. */
    public DeliveryFailedException(String message, Integer status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public DeliveryFailedException(String message, Integer status) {
        this(message, status, null);
    }

    public Integer status() {
        return status;
    }

    /** Whether the subscriber refused the event itself, so that a retry would be refused the same way. */
    public boolean permanent() {
        return status != null && status >= 400 && status < 500 && !LATER.contains(status);
    }
}
