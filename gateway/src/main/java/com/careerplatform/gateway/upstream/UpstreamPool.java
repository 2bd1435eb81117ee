package com.careerplatform.gateway.upstream;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The instances of one upstream service: round-robin over those in rotation, skipping ejected ones (a
 * circuit breaker per instance; with every instance ejected the upstream's circuit is open and calls
 * fail fast), and a bulkhead: at most {@code maxInFlight} exchanges at once per instance, so that one
 * slow service holds a bounded share of the gateway.
 */
public final class UpstreamPool {

    /** A slot on one instance, held for the length of one exchange; give it back with {@link #release}. */
    public static final class Lease {

        private final UpstreamPool pool;
        private final UpstreamInstance instance;
        private final AtomicBoolean released = new AtomicBoolean();

        Lease(UpstreamPool pool, UpstreamInstance instance) {
            this.pool = pool;
            this.instance = instance;
        }

        public UpstreamInstance instance() {
            return instance;
        }

        /** Gives the slot back and records what the exchange said of the instance; only the first call counts. */
        public void release(Outcome outcome) {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            instance.leave();
            switch (outcome) {
                case SUCCESS -> instance.succeeded();
                case INSTANCE_FAILURE -> instance.failed(pool.clock.getAsLong());
                case NEUTRAL -> {
                }
            }
        }
    }

    /** What an exchange says about the instance's health. */
    public enum Outcome {
        SUCCESS, INSTANCE_FAILURE, NEUTRAL
    }

    /** Why no instance can be leased. */
    public enum Refusal {
        ALL_EJECTED, ALL_BUSY
    }

    private final String name;
    private final List<UpstreamInstance> instances;
    private final int maxInFlight;
    private final LongSupplier clock;
    private final AtomicInteger next = new AtomicInteger();

    public UpstreamPool(String name, List<String> baseUrls, int maxInFlight, int failuresToEject, Duration ejection,
            LongSupplier clock) {
        this.name = name;
        this.instances = baseUrls.stream().map(url -> new UpstreamInstance(url, failuresToEject, ejection)).toList();
        this.maxInFlight = maxInFlight;
        this.clock = clock;
    }

    public String name() {
        return name;
    }

    public List<UpstreamInstance> instances() {
        return instances;
    }

    /**
     * A slot on the next instance in rotation that has one free, other than {@code avoid} (the instance a
     * retry must not go back to); empty with the reason when none can be had.
     */
    public LeaseOrRefusal lease(UpstreamInstance avoid) {
        long now = clock.getAsLong();
        int start = next.getAndIncrement();
        boolean anyInRotation = false;
        for (int i = 0; i < instances.size(); i++) {
            UpstreamInstance candidate = instances.get(Math.floorMod(start + i, instances.size()));
            if (candidate == avoid || !candidate.inRotation(now)) {
                continue;
            }
            anyInRotation = true;
            if (candidate.enter(maxInFlight)) {
                return new LeaseOrRefusal(Optional.of(new Lease(this, candidate)), null);
            }
        }
        return new LeaseOrRefusal(Optional.empty(), anyInRotation ? Refusal.ALL_BUSY : Refusal.ALL_EJECTED);
    }

    /** True when an instance other than {@code instance} is in rotation: a retry has somewhere to go. */
    public boolean hasOtherInRotation(UpstreamInstance instance) {
        long now = clock.getAsLong();
        return instances.stream().anyMatch(other -> other != instance && other.inRotation(now));
    }

    /** Either a lease or why there is none. */
    public record LeaseOrRefusal(Optional<Lease> lease, Refusal refusal) {
    }

    public long inRotation() {
        long now = clock.getAsLong();
        return instances.stream().filter(instance -> instance.inRotation(now)).count();
    }
}
