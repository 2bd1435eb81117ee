package com.careerplatform.promotion.packet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Review settings; Quarkus refuses to start with a value out of its bounds. */
@ConfigMapping(prefix = "promotion.reviews")
public interface ReviewConfig {

    /** Reviews (recusals aside) a decision needs; more than a packet takes could never be met. */
    @WithDefault("3")
    @Min(1)
    @Max(PacketReview.MAX_PER_PACKET)
    int required();
}
