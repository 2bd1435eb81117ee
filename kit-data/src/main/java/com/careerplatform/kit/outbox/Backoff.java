package com.careerplatform.kit.outbox;

import java.time.Duration;

/** Exponential backoff: the wait after n failed attempts is {@code first * 2^(n-1)}, never more than {@code max}. */
record Backoff(Duration first, Duration max) {

    Duration after(int failedAttempts) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(failedAttempts, 1) - 1, 30));
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
