package com.careerplatform.kit.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The clock services read "now" and "today" from: a bean, so date rules can be tested on a fixed day. It ticks in
 * microseconds, as PostgreSQL stores times: a time a service answers when it writes is the time it reads back later
 * (with nanoseconds, PostgreSQL rounded them away, and the answer and the record differed).
 */
@ApplicationScoped
public class ClockProducer {

    private static final Duration MICROSECOND = Duration.ofNanos(1_000);

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), MICROSECOND);
    }
}
