package com.careerplatform.gateway.route;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code gateway_requests_seconds{route,method,status}}: how long the gateway's API exchanges took. Each
 * timer is looked up by one string once it exists, not built again from its name and tags on every request.
 */
@Singleton
public class ExchangeTimers {

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    ExchangeTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String route, String method, int status, long nanos) {
        String key = route + ' ' + method + ' ' + status;
        Timer timer = timers.get(key);
        if (timer == null) {
            timer = timers.computeIfAbsent(key, absent -> Timer.builder("gateway.requests")
                    .tag("route", route).tag("method", method).tag("status", String.valueOf(status))
                    .register(registry));
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }
}
