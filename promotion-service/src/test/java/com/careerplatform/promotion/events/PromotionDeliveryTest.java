package com.careerplatform.promotion.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.outbox.DeliveryRelay;
import com.careerplatform.kit.outbox.Outbox;
import com.careerplatform.promotion.leveling.LevelingStub;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
/** Decided promotions reach the people record through the outbox, once each, as the relay's service account. */
class PromotionDeliveryTest {

    private static final String LEVELING = "leveling-service";

    @Inject
    DeliveryRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Outbox outbox;

    private Deliveries deliveries;

    @BeforeEach
    void drain() throws SQLException {
        deliveries = new Deliveries(dataSource, outbox);
        while (relay.deliverNext()) {
            // Deliveries other tests left behind go first.
        }
    }

    private List<LevelingStub.Received> receivedFor(UUID event) {
        return LevelingStub.PROMOTIONS.stream()
                .filter(received -> event.toString().equals(received.body().getString("eventId")))
                .toList();
    }

    @Test
    void aPromotionMovesTheRecordedLevelAsTheRelaysServiceAccount() throws SQLException {
        UUID event = deliveries.decided(UUID.randomUUID().toString(), "E-OK", "PROMOTED");
        assertEquals("PENDING", deliveries.column(event, LEVELING, "status"));
        assertTrue(relay.deliverNext());
        List<LevelingStub.Received> received = receivedFor(event);
        assertEquals(1, received.size());
        assertEquals("Bearer relay-token", received.get(0).authorization());
        assertEquals("/api/v1/people/E-OK/promotions", received.get(0).path());
        assertEquals("L5", received.get(0).body().getString("fromLevel"));
        assertEquals("L6", received.get(0).body().getString("toLevel"));
        assertEquals("ai-engineer", received.get(0).body().getString("frameworkSlug"));
        assertEquals("2026-11-25", received.get(0).body().getString("effectiveFrom"));
        assertEquals("DELIVERED", deliveries.column(event, LEVELING, "status"));
        assertEquals("201", deliveries.column(event, LEVELING, "last_status"));
        assertNotNull(deliveries.column(event, LEVELING, "delivered_at"));
        assertFalse(relay.deliverNext());
    }

    @Test
    void aNotYetDecisionIsDeliveredWithoutAPromotion() throws SQLException {
        UUID event = deliveries.decided(UUID.randomUUID().toString(), "E-OK", "NOT_YET");
        assertTrue(relay.deliverNext());
        assertEquals(0, receivedFor(event).size());
        assertEquals("DELIVERED", deliveries.column(event, LEVELING, "status"));
    }

    @Test
    void aDeliveryTheSubscriberRefusesIsDeadAtOnceWithItsReason() throws SQLException {
        UUID event = deliveries.decided(UUID.randomUUID().toString(), "E-NO-RECORD", "PROMOTED");
        assertTrue(relay.deliverNext());
        assertEquals("DEAD", deliveries.column(event, LEVELING, "status"));
        assertEquals("1", deliveries.column(event, LEVELING, "attempts"));
        assertEquals("404", deliveries.column(event, LEVELING, "last_status"));
        assertEquals("leveling-service answered 404: No person E-NO-RECORD", deliveries.column(event, LEVELING, "last_error"));
        assertFalse(relay.deliverNext());
    }

    @Test
    void aDeliveryTheSubscriberCannotTakeNowIsRetriedLaterAndDeadAfterTheLastAttempt() throws SQLException {
        UUID event = deliveries.decided(UUID.randomUUID().toString(), "E-RESTARTING", "PROMOTED");
        assertTrue(relay.deliverNext());
        assertEquals("PENDING", deliveries.column(event, LEVELING, "status"));
        assertEquals("1", deliveries.column(event, LEVELING, "attempts"));
        assertEquals("503", deliveries.column(event, LEVELING, "last_status"));
        assertEquals("leveling-service answered 503: The database cannot be reached",
                deliveries.column(event, LEVELING, "last_error"));
        assertFalse(relay.deliverNext(), "not due again before its backoff");

        deliveries.execute("update event_delivery set attempts = 9, next_attempt_at = now() where event_id = ?", event);
        assertTrue(relay.deliverNext());
        assertEquals("10", deliveries.column(event, LEVELING, "attempts"));
        assertEquals("DEAD", deliveries.column(event, LEVELING, "status"));
        assertNotNull(deliveries.column(event, LEVELING, "dead_at"));
        assertFalse(relay.deliverNext());
    }

    @Test
    void aLaterEventOfTheSamePacketWaitsUntilTheEarlierOneIsDelivered() throws SQLException {
        String packet = UUID.randomUUID().toString();
        UUID first = deliveries.decided(packet, "E-RESTARTING", "PROMOTED");
        UUID second = deliveries.decided(packet, "E-OK", "PROMOTED");
        UUID otherPacket = deliveries.decided(UUID.randomUUID().toString(), "E-OK", "PROMOTED");

        assertTrue(relay.deliverNext());
        assertEquals("1", deliveries.column(first, LEVELING, "attempts"));
        assertTrue(relay.deliverNext(), "another packet's event is not held back");
        assertEquals("DELIVERED", deliveries.column(otherPacket, LEVELING, "status"));
        assertFalse(relay.deliverNext(), "the second event waits behind the failing first");
        assertEquals("0", deliveries.column(second, LEVELING, "attempts"));

        deliveries.execute("update event_delivery set attempts = 9, next_attempt_at = now() where event_id = ?", first);
        assertTrue(relay.deliverNext());
        assertEquals("DEAD", deliveries.column(first, LEVELING, "status"));
        assertTrue(relay.deliverNext(), "a dead letter no longer holds the packet's later events");
        assertEquals("DELIVERED", deliveries.column(second, LEVELING, "status"));
        assertEquals(1, receivedFor(second).size());
    }
}
