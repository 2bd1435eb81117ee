package com.careerplatform.promotion.leveling;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A call to leveling-service is refused while the caller holds a database transaction (kit-data's guard). */
@QuarkusTest
@TestSecurity(user = "hana", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
class RemoteCallsOutsideTransactionsTest {

    @Inject
    FrameworkLevels frameworkLevels;

    @Test
    void aCallOutsideATransactionIsMade() {
        assertFalse(frameworkLevels.levels("ai-engineer").isEmpty());
    }

    @Test
    void aCallInsideATransactionIsRefusedBeforeItIsSent() {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> frameworkLevels.levels("ai-engineer")));
        assertTrue(Stream.iterate((Throwable) refused, cause -> cause != null, Throwable::getCause)
                .anyMatch(cause -> String.valueOf(cause.getMessage()).contains("inside a database transaction")), refused.toString());
    }
}
