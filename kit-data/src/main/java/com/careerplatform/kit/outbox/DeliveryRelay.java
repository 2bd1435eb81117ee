package com.careerplatform.kit.outbox;

import com.careerplatform.kit.outbox.DeliveryClaims.Claimed;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Sends pending deliveries of outbox events, at least once and in order per subscriber and aggregate: a
 * delivery waits while an older one for the same subscriber and aggregate is still pending. Up to
 * {@code career.delivery.workers} deliveries are sent at once, to different subscribers, each outside any
 * transaction ({@link DeliveryClaims}): a subscriber that answers slowly holds one worker, and the others
 * go on serving everyone else. A worker that finishes claims the next due delivery at once; the schedule
 * ({@code career.delivery.every}) only picks up after idle spells. A failure is retried with exponential
 * backoff; after {@code career.delivery.max-attempts}, or at once when the subscriber refuses the event
 * itself ({@link DeliveryFailedException#permanent()}), the delivery is dead.
 */
@ApplicationScoped
public class DeliveryRelay {

    /** The longest error a delivery keeps: exception messages can quote whole answers or URLs. */
    public static final int MAX_ERROR_LENGTH = 1000;
    private static final Logger LOG = Logger.getLogger(DeliveryRelay.class);

    private final DeliveryClaims claims;
    private final int maxAttempts;
    private final Backoff backoff;
    private final SubscriptionSender subscriptions;
    private final Map<String, EventDestination> destinations;
    private final Semaphore idleWorkers;
    private final ExecutorService workers;

    DeliveryRelay(DeliveryClaims claims, DeliveryConfig config, SubscriptionSender subscriptions,
            Instance<EventDestination> destinations) {
        this.claims = claims;
        this.maxAttempts = config.maxAttempts();
        this.backoff = new Backoff(config.firstBackoff(), config.maxBackoff());
        this.subscriptions = subscriptions;
        this.destinations = destinations.stream()
                .collect(Collectors.toMap(EventDestination::name, Function.identity()));
        this.idleWorkers = new Semaphore(config.workers());
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "delivery-relay-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "${career.delivery.every:off}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        dispatch();
    }

    /**
     * Hands due deliveries to idle workers and returns at once with how many it handed over; each worker
     * sends its delivery and then dispatches again.
     */
    public int dispatch() {
        int started = 0;
        while (idleWorkers.tryAcquire()) {
            Optional<Claimed> next;
            try {
                next = claims.next();
            } catch (SQLException | RuntimeException e) {
                idleWorkers.release();
                LOG.warnf("outbox relay paused: %s", e.getMessage());
                break;
            }
            if (next.isEmpty()) {
                idleWorkers.release();
                break;
            }
            Claimed delivery = next.get();
            workers.execute(() -> {
                try {
                    send(delivery);
                } finally {
                    idleWorkers.release();
                }
                dispatch();
            });
            started++;
        }
        return started;
    }

    /** Sends the oldest due delivery on the calling thread; false when none is due. */
    public boolean deliverNext() throws SQLException {
        Optional<Claimed> next = claims.next();
        next.ifPresent(this::send);
        return next.isPresent();
    }

    private void send(Claimed delivery) {
        try {
            if (!delivery.subscriptionActive()) {
                // Recorded while the webhook was being deactivated: it gets nothing more.
                settled(delivery, claims.dead(delivery, delivery.attempts(), "webhook deactivated", null));
                return;
            }
            Integer status;
            try {
                if (delivery.subscription() == null) {
                    status = destination(delivery.target()).deliver(delivery.event());
                } else {
                    status = subscriptions.send(delivery.subscription(), delivery.id(), delivery.event());
                }
            } catch (DeliveryFailedException e) {
                failed(delivery, e.getMessage(), e.status(), e.permanent());
                return;
            } catch (RuntimeException e) {
                failed(delivery, String.valueOf(e.getMessage()), null, false);
                return;
            }
            settled(delivery, claims.delivered(delivery, status));
        } catch (SQLException e) {
            LOG.warnf("outcome of delivery %s not recorded, it is sent again once its claim lapses: %s",
                    delivery.id(), e.getMessage());
        }
    }

    private EventDestination destination(String name) {
        EventDestination destination = destinations.get(name);
        if (destination == null) {
            throw new DeliveryFailedException("no destination named " + name + " in this service", null);
        }
        return destination;
    }

    private void failed(Claimed delivery, String message, Integer status, boolean permanent) throws SQLException {
        String error = message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
        int attempts = delivery.attempts() + 1;
        if (permanent || attempts >= maxAttempts) {
            LOG.errorf("delivery %s is dead after %d attempt(s)%s: %s", delivery.id(), attempts,
                    permanent ? ", refused by the subscriber" : "", error);
            settled(delivery, claims.dead(delivery, attempts, error, status));
            return;
        }
        Duration wait = backoff.after(attempts);
        LOG.warnf("delivery %s failed (attempt %d, next in %d ms): %s", delivery.id(), attempts, wait.toMillis(), error);
        settled(delivery, claims.retryAfter(delivery, wait, error, status));
    }

    private static void settled(Claimed delivery, boolean recorded) {
        if (!recorded) {
            LOG.warnf("delivery %s: its claim lapsed or the delivery was stopped before its outcome was recorded",
                    delivery.id());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
