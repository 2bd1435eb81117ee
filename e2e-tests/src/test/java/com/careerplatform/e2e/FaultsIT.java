package com.careerplatform.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * Faults under a bounded load: one of two leveling-service instances stopped (no read lost, no write
 * applied twice; promotion-service and comp-service go on asking the other one), and PostgreSQL restarted
 * (503 while it is away, never a 500, and recovery without anyone's help).
 */
class FaultsIT {

    private static final String LEVEL = "/api/v1/frameworks/ai-engineer/levels/L5";
    private static final String FIRST_LEVELING = "leveling-service";
    private static final String SECOND_LEVELING = "leveling-service-8091";

    /** Runs {@code perThread} calls on each of {@code threads} threads, the fault after {@code faultAfter} calls. */
    private static Map<Integer, Integer> underLoad(int threads, int perThread, int faultAfter, Runnable fault,
            IntSupplier call) throws Exception {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            List<Future<?>> load = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                load.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        statuses.merge(call.getAsInt(), 1, Integer::sum);
                        done.incrementAndGet();
                    }
                }));
            }
            Future<?> injected = pool.submit(() -> {
                while (done.get() < faultAfter) {
                    Thread.onSpinWait();
                }
                fault.run();
            });
            for (Future<?> future : load) {
                future.get();
            }
            injected.get();
        } finally {
            pool.shutdownNow();
        }
        return new TreeMap<>(statuses);
    }

    private static void assumeTwoLevelingInstances() {
        String rotation = Platform.gateway().when().get("/q/health/ready").then().extract()
                .path("checks.find { it.name == 'upstreams' }.data.leveling");
        assumeTrue("2 of 2 instances in rotation".equals(rotation),
                "run-tests.sh starts a second leveling-service instance; this platform has: " + rotation);
    }

    @Test
    void stoppingOneOfTwoInstancesLosesNoReadAndAppliesNoWriteTwice() throws Exception {
        assumeTwoLevelingInstances();
        String token = Platform.userToken("alice");
        Map<Integer, Integer> reads;
        Map<String, Attempt> writes = new ConcurrentHashMap<>();
        try {
            reads = underLoad(4, 100, 120, () -> Platform.script("stop.sh", SECOND_LEVELING), () -> {
                String candidate = "fault-" + UUID.randomUUID();
                String key = UUID.randomUUID().toString();
                writes.put(candidate, new Attempt(key, decide(candidate, key)));
                return Platform.gateway().auth().oauth2(token).when().get(LEVEL).statusCode();
            });
        } finally {
            Platform.script("start.sh", "--no-build");
        }
        assertEquals(Map.of(200, 400), reads, "every read answered, retried on the other instance when needed");
        writes.forEach((candidate, first) -> {
            int created = first.status();
            for (int retry = 0; created != 201 && retry < 5; retry++) {
                created = decide(candidate, first.idempotencyKey());
            }
            assertEquals(201, created, "a refused write succeeds when the client retries it with its key");
            int stored = Platform.gateway().auth().oauth2(Platform.hrSystemToken()).queryParam("candidateId", candidate)
                    .when().get("/api/v1/leveling-decisions").then().statusCode(200).extract().path("items.size()");
            assertEquals(1, stored, "decisions of " + candidate + " (first answer " + first.status() + ")");
        });
    }

    @Test
    void promotionAndCompWriteThroughTheSecondLevelingInstanceWhileTheFirstIsStopped() {
        assumeTwoLevelingInstances();
        // While both answer: a correction is a POST, which the gateway would not retry on the other instance.
        Promotions.aliceAtL5();
        try {
            Platform.script("stop.sh", FIRST_LEVELING);
            // Each write asks leveling-service first; the balancer may pick the stopped instance for the first.
            // Pay changes on days of their own in early 2025, when the record has alice at L5.
            LocalDate firstDay = LocalDate.of(2025, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(140));
            for (int write = 0; write < 3; write++) {
                Promotions.draftStaffPacket(Promotions.openCycle());
                LocalDate day = firstDay.plusDays(write);
                Platform.as("carl").contentType("application/json").body("""
                        {"effectiveFrom": "%s", "reason": "MERIT", "frameworkSlug": "ai-engineer", "level": "L5",
                         "market": "US", "segment": "BIG_TECH", "currency": "USD", "base": "200000.00",
                         "bonusTargetPercent": "15", "equityAnnualValue": "100000.00"}
                        """.formatted(day))
                        .when().post("/api/v1/comp-records/E1001/changes")
                        .then().statusCode(201);
            }
        } finally {
            Platform.script("start.sh", "--no-build");
        }
    }

    /** The first answer to a write, and the Idempotency-Key a retry must repeat. */
    private record Attempt(String idempotencyKey, int status) {
    }

    /** hana opens a leveling decision for the candidate; a refused one is tried again by the caller. */
    private static int decide(String candidate, String idempotencyKey) {
        Response response = Platform.as("hana").header("Idempotency-Key", idempotencyKey).contentType("application/json")
                .body("""
                        {"candidateId": "%s", "frameworkSlug": "ai-engineer",
                         "signals": [{"round": "CODING", "interviewer": "hugo", "scores": {"TECHNICAL_DEPTH": 3},
                                      "recommendedLevel": "L5"}],
                         "proposedLevel": "L5", "rationale": "Fault test.", "chair": "hana"}
                        """.formatted(candidate))
                .when().post("/api/v1/leveling-decisions");
        return response.statusCode();
    }

    @Test
    void aPostgresRestartIsA503WhileItLastsAndHealsByItself() throws Exception {
        String token = Platform.hrSystemToken();
        IntSupplier read = () -> Platform.gateway().auth().oauth2(token).queryParam("candidateId", "nobody")
                .when().get("/api/v1/leveling-decisions").statusCode();
        Map<Integer, Integer> statuses = underLoad(2, 150, 40,
                () -> Platform.run("pg_ctlcluster", "15", "main", "restart"), read);
        assertTrue(Map.of(200, 0, 503, 0).keySet().containsAll(statuses.keySet()),
                "only 200 and 503 while the database restarts: " + statuses);
        Promotions.await("leveling-service to read from the database again", Duration.ofSeconds(30),
                () -> read.getAsInt() == 200 ? true : null);
    }
}
