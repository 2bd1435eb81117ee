package com.careerplatform.promotion.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.careerplatform.kit.config.ConfigMappings;
import io.smallrye.config.ConfigValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A number of reviews no packet could reach, or none at all, stops the service at start. */
class ReviewConfigTest {

    @Test
    void threeReviewsByDefault() {
        assertEquals(3, ConfigMappings.read(ReviewConfig.class, Map.of()).required());
    }

    @Test
    void refusesNoReviewsOrMoreThanAPacketTakes() {
        assertThrows(ConfigValidationException.class,
                () -> ConfigMappings.read(ReviewConfig.class, Map.of("promotion.reviews.required", "0")));
        assertThrows(ConfigValidationException.class, () -> ConfigMappings.read(ReviewConfig.class,
                Map.of("promotion.reviews.required", String.valueOf(PacketReview.MAX_PER_PACKET + 1))));
    }
}
