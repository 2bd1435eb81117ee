package com.careerplatform.gateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UpstreamPoolTest {

    private final AtomicLong now = new AtomicLong();
    private final UpstreamPool pool = new UpstreamPool("leveling", List.of("http://a", "http://b"), 2, 3,
            Duration.ofSeconds(10), now::get);

    private UpstreamPool.Lease lease() {
        return pool.lease(null).lease().orElseThrow();
    }

    private UpstreamInstance instance(String url) {
        return pool.instances().stream().filter(instance -> instance.baseUrl().equals(url)).findFirst().orElseThrow();
    }

    private void failOn(String url, int times) {
        for (int i = 0; i < times; i++) {
            instance(url).failed(now.get());
        }
    }

    @Test
    void threeFailuresInARowTakeAnInstanceOutOfRotationForTheEjectionTime() {
        failOn("http://a", 3);
        for (int i = 0; i < 4; i++) {
            UpstreamPool.Lease lease = lease();
            assertEquals("http://b", lease.instance().baseUrl());
            lease.release(UpstreamPool.Outcome.SUCCESS);
        }
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(instance("http://a").inRotation(now.get()), "back after the ejection time");
        instance("http://a").failed(now.get());
        assertFalse(instance("http://a").inRotation(now.get()), "one more failure takes it out again at once");
        instance("http://a").succeeded();
        assertTrue(instance("http://a").inRotation(now.get()), "a passing probe brings it back for good");
    }

    @Test
    void aSuccessBetweenFailuresKeepsTheInstanceInRotation() {
        failOn("http://a", 2);
        instance("http://a").succeeded();
        failOn("http://a", 2);
        assertTrue(instance("http://a").inRotation(now.get()));
    }

    @Test
    void withEveryInstanceOutTheCircuitIsOpen() {
        failOn("http://a", 3);
        failOn("http://b", 3);
        UpstreamPool.LeaseOrRefusal refused = pool.lease(null);
        assertTrue(refused.lease().isEmpty());
        assertEquals(UpstreamPool.Refusal.ALL_EJECTED, refused.refusal());
        assertEquals(0, pool.inRotation());
    }

    @Test
    void theBulkheadBoundsExchangesInFlightPerInstance() {
        List<UpstreamPool.Lease> held = List.of(lease(), lease(), lease(), lease());
        UpstreamPool.LeaseOrRefusal refused = pool.lease(null);
        assertEquals(UpstreamPool.Refusal.ALL_BUSY, refused.refusal());
        held.get(0).release(UpstreamPool.Outcome.NEUTRAL);
        assertTrue(pool.lease(null).lease().isPresent());
    }

    @Test
    void aRetryGoesToAnotherInstanceOrNowhere() {
        UpstreamInstance a = instance("http://a");
        for (int i = 0; i < 3; i++) {
            UpstreamPool.Lease retry = pool.lease(a).lease().orElseThrow();
            assertEquals("http://b", retry.instance().baseUrl());
            retry.release(UpstreamPool.Outcome.SUCCESS);
        }
        assertTrue(pool.hasOtherInRotation(a));
        failOn("http://b", 3);
        assertFalse(pool.hasOtherInRotation(a));
    }

    @Test
    void anInstanceFailureReleasedThroughTheLeaseCounts() {
        for (int i = 0; i < 6; i++) {
            lease().release(UpstreamPool.Outcome.INSTANCE_FAILURE);
        }
        assertEquals(0, pool.inRotation());
        assertEquals(0, instance("http://a").inFlight());
    }
}
