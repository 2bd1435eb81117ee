package com.careerplatform.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.runtime.OidcConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.config.WithDefault;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mechanism in front of a real Vert.x router, as Quarkus calls it for a request to a service. */
class VerifiedTokenMechanismTest {

    private static final String CONTEXT = RoutingContext.class.getName();

    private static final VerifiedTokens TOKENS = VerifiedTokensTest.at(VerifiedTokensTest.EXP - 60, Duration.ofMinutes(5));
    private static final VerifiedTokenMechanism MECHANISM = new VerifiedTokenMechanism(TOKENS);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Vertx vertx;
    private static HttpServer server;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.get("/verify").handler(VerifiedTokenMechanismTest::verifyAsOidcWould);
        router.get("/whoami").handler(ctx -> MECHANISM.authenticate(ctx, null).subscribe()
                .with(identity -> ctx.response().end(describe(identity, ctx))));
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** What Quarkus OIDC hands to VerifiedTokenRecorder: the identity, with the verifying request's context. */
    private static void verifyAsOidcWould(RoutingContext ctx) {
        String token = ctx.request().getParam("token");
        SecurityIdentity verified = VerifiedTokensTest.verified(token, new VerifiedTokensTest.Jwt(VerifiedTokensTest.EXP));
        TOKENS.remember(QuarkusSecurityIdentity.builder(verified).addAttribute(CONTEXT, ctx).build());
        ctx.response().end();
    }

    private static String describe(SecurityIdentity identity, RoutingContext current) {
        if (identity == null) {
            return "passed on";
        }
        return identity.getPrincipal().getName() + " " + identity.getRoles()
                + (identity.getAttribute(CONTEXT) == current ? " in this request" : " in another request");
    }

    private static String get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void answersATokenVerifiedBeforeWithItsIdentityInThisRequest() throws Exception {
        get("/verify?token=token-a", null);
        assertEquals("alice [employee] in this request", get("/whoami", "Bearer token-a"));
        assertEquals("alice [employee] in this request", get("/whoami", "Bearer token-a"));
    }

    @Test
    void passesAnyOtherRequestOnToQuarkusOidc() throws Exception {
        assertEquals("passed on", get("/whoami", "Bearer never-verified"));
        assertEquals("passed on", get("/whoami", "Basic dXNlcjpwYXNz"));
        assertEquals("passed on", get("/whoami", null));
    }

    @Test
    void isAskedBeforeQuarkusOidcAndLeavesTheChallengeToIt() throws Exception {
        int oidcDefault = Integer.parseInt(OidcConfig.class.getMethod("priority").getAnnotation(WithDefault.class).value());
        assertTrue(MECHANISM.getPriority() > oidcDefault);
        assertNull(MECHANISM.getChallenge(null).await().indefinitely());
    }
}
