package com.careerplatform.gateway.portal;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * The portal's pages (the {@code portal} module's build, served by Quarkus from its jar's
 * META-INF/resources) and their settings at {@code /portal/config.json}: one origin serves pages and API,
 * so the pages need no CORS. Every page answer carries a Content-Security-Policy that lets scripts,
 * styles and fonts come only from this origin and lets the pages talk only to it and to Keycloak.
 */
@ApplicationScoped
class PortalRoutes {

    static final String PAGES = "/|/index\\.html|/assets/.+|/portal/config\\.json";

    private final PortalConfig config;
    private final String contentSecurityPolicy;

    PortalRoutes(PortalConfig config) {
        this.config = config;
        this.contentSecurityPolicy = contentSecurityPolicy(config.authority());
    }

    void install(@Observes Router router) {
        // After the API's routes (order -1: an API request never meets this pattern), before the static resources.
        router.routeWithRegex(PAGES).order(0).handler(this::protect);
        router.get("/portal/config.json").handler(this::settings);
    }

    /** Asset names carry a content hash (Vite), so they may be cached for good; the page itself never is. */
    private void protect(RoutingContext ctx) {
        ctx.response().headers()
                .set("Content-Security-Policy", contentSecurityPolicy)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("Cache-Control", ctx.normalizedPath().startsWith("/assets/")
                        ? "public, max-age=31536000, immutable"
                        : "no-cache");
        ctx.next();
    }

    private void settings(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("authority", config.authority().toString()).put("clientId", config.clientId()).encode());
    }

    static String contentSecurityPolicy(URI authority) {
        String keycloak = authority.getScheme() + "://" + authority.getRawAuthority();
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self' " + keycloak + "; form-action 'self' " + keycloak + "; "
                + "frame-ancestors 'none'; base-uri 'none'";
    }
}
