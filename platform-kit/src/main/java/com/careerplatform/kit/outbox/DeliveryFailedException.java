package com.careerplatform.kit.outbox;

/** A subscriber did not take an event; the relay retries it later. */
public class DeliveryFailedException extends RuntimeException {

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
}
