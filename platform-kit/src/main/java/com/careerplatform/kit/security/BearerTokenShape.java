package com.careerplatform.kit.security;

import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.problem.ProblemWriter;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Refuses a bearer token that is not a JWT in compact form (three base64url parts, at most 16 KiB) with
 * a 401 problem before Quarkus reads it: Keycloak issues nothing else, and Quarkus fails with a 500 on
 * some other shapes ("Bearer ...."). The gateway makes the same check itself, inside its own rate limits.
 */
@ApplicationScoped
public class BearerTokenShape {

    private static final Logger SECURITY = Logger.getLogger("security");
    private static final Pattern COMPACT_JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final int MAX_TOKEN_LENGTH = 16 * 1024;
    private static final int BEFORE_ANY_SECURITY = -10;

    void install(@Observes Router router, ProblemWriter problems) {
        router.route("/api/*").order(BEFORE_ANY_SECURITY).handler(ctx -> {
            String header = ctx.request().getHeader("Authorization");
            if (malformed(header)) {
                SECURITY.infof("401 %s %s: malformed bearer token", ctx.request().method(), ctx.normalizedPath());
                ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                problems.write(ctx, ProblemType.UNAUTHENTICATED, "The bearer token is not a well-formed JWT");
                return;
            }
            ctx.next();
        });
    }

    /** True for a bearer Authorization header whose token is not a compact JWT. */
    public static boolean malformed(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer", 0, 6)
                && !wellFormed(authorization.substring(6).strip());
    }

    static boolean wellFormed(String token) {
        return token.length() <= MAX_TOKEN_LENGTH && COMPACT_JWT.matcher(token).matches();
    }
}
