package com.careerplatform.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/** A stopped service makes the gateway answer a problem at once, and the platform recovers on restart. */
class UpstreamOutageIT {

    @Test
    void stoppedServiceIsAProblemNotAHangAndRestartRecovers() {
        Platform.script("stop.sh", "comp-service");
        try {
            Platform.as("carl").when().get("/api/v1/comp-bands")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:career-platform:problem:service-unavailable"))
                    .body("detail", containsString("comp"));

            Platform.as("alice").when().get("/api/v1/frameworks/ai-engineer/levels/L5")
                    .then().statusCode(200);
        } finally {
            // Running the start script again starts only what is missing.
            Platform.script("start.sh", "--no-build");
        }
        Platform.as("carl").when().get("/api/v1/comp-bands").then().statusCode(200);
    }
}
