package com.careerplatform.leveling.decision;

import static com.careerplatform.leveling.decision.DecisionFixtures.DECISIONS;
import static com.careerplatform.leveling.decision.DecisionFixtures.candidate;
import static com.careerplatform.leveling.decision.DecisionFixtures.decision;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The services speak HTTP/2 without TLS (prior knowledge) on their port, as the gateway calls them for reads: a
 * client that sends a decision that way opens it too, whatever the body's size.
 */
@QuarkusTest
@TestSecurity(user = "hana", roles = {"employee", "hiring-committee"}, augmentors = PlatformMemberAugmentor.class)
class DecisionOverHttp2Test {

    @Inject
    Vertx vertx;

    @TestHTTPResource(DECISIONS)
    URL decisions;

    private HttpClient client;

    @BeforeEach
    void http2Client() {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aSmallAndALargeBodyEachOpenADecision() throws Exception {
        String smallCandidate = candidate();
        String largeCandidate = candidate();
        String large = decision(largeCandidate, "L6", null).replace(", ", "," + " ".repeat(4_000));
        assertEquals(HttpVersion.HTTP_2 + " 201", post(decision(smallCandidate, "L5", null)));
        assertEquals(HttpVersion.HTTP_2 + " 201", post(large));
        given().queryParam("candidateId", smallCandidate).when().get(DECISIONS)
                .then().statusCode(200).body("items[0].proposedLevel", equalTo("L5"));
        given().queryParam("candidateId", largeCandidate).when().get(DECISIONS)
                .then().statusCode(200).body("items[0].proposedLevel", equalTo("L6"));
    }

    /** The answer's protocol and status, as "HTTP_2 201". */
    private String post(String body) throws Exception {
        return client.request(new RequestOptions().setAbsoluteURI(decisions).setMethod(HttpMethod.POST)
                        .putHeader("Content-Type", "application/json"))
                .compose(request -> request.send(body))
                .compose(response -> response.body().map(payload -> response.version() + " " + response.statusCode()))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
