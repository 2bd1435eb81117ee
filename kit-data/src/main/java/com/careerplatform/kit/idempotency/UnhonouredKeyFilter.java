package com.careerplatform.kit.idempotency;

import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.problem.ProblemResponses;
import com.careerplatform.kit.problem.ProblemType;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an {@link Idempotency#HEADER} on a write that does not take one, so that no client believes a
 * retry is safe where the key would be silently ignored. An operation honours the key by declaring it as a
 * header parameter; reads are safe to retry anyway and pass.
 */
public class UnhonouredKeyFilter {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /**
     * Per resource method, a fixed set: reading a method's parameter annotations copies them on every call (4% of
     * a decision submission's CPU in leveling-service).
     */
    private static final Map<Method, Boolean> HONOURING = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> refuseUnhonouredKey(ContainerRequestContext request, ResourceInfo resource) {
        if (request.getHeaderString(Idempotency.HEADER) == null || READS.contains(request.getMethod())
                || resource.getResourceMethod() == null || honours(resource.getResourceMethod())) {
            return Optional.empty();
        }
        return Optional.of(ProblemResponses.of(Problem.of(ProblemType.VALIDATION, "This operation does not take an "
                + Idempotency.HEADER + "; send it without one (the API document names the operations that do)",
                "/" + request.getUriInfo().getPath().replaceFirst("^/", ""),
                List.of(new Problem.FieldError(Idempotency.HEADER, "is not honoured by this operation")))));
    }

    private static boolean honours(Method method) {
        return HONOURING.computeIfAbsent(method, UnhonouredKeyFilter::declaresKeyHeader);
    }

    private static boolean declaresKeyHeader(Method method) {
        return Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                .anyMatch(UnhonouredKeyFilter::isKeyHeader);
    }

    private static boolean isKeyHeader(Annotation annotation) {
        return annotation instanceof HeaderParam header && header.value().equalsIgnoreCase(Idempotency.HEADER);
    }
}
