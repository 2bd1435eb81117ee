package com.careerplatform.gateway.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.vertx.core.MultiMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeTracesTest {

    private static final String CALLERS_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String CALLERS_SPAN = "b7ad6b7169203331";

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();

    private ExchangeTraces tracesSampledBy(Sampler sampler) {
        return new ExchangeTraces(OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().setSampler(sampler)
                        .addSpanProcessor(SimpleSpanProcessor.create(exported)).build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build());
    }

    @Test
    void continuesASampledCallersTraceAndNamesItsOwnSpanAsTheServicesParent() {
        ExchangeTraces traces = tracesSampledBy(Sampler.parentBased(Sampler.alwaysOff()));
        MultiMap incoming = MultiMap.caseInsensitiveMultiMap()
                .add("traceparent", "00-" + CALLERS_TRACE + "-" + CALLERS_SPAN + "-01");

        Span span = traces.start("GET", "/api/v1/frameworks/ai-engineer", incoming, "/api/v1/frameworks");
        MultiMap upstream = MultiMap.caseInsensitiveMultiMap();
        traces.passOn(span, upstream);
        traces.end(span, 503);

        String gatewaySpan = span.getSpanContext().getSpanId();
        assertEquals("00-" + CALLERS_TRACE + "-" + gatewaySpan + "-01", upstream.get("traceparent"));
        List<SpanData> spans = exported.getFinishedSpanItems();
        assertEquals(1, spans.size());
        SpanData recorded = spans.get(0);
        assertEquals("GET /api/v1/frameworks", recorded.getName());
        assertEquals(SpanKind.SERVER, recorded.getKind());
        assertEquals(CALLERS_TRACE, recorded.getTraceId());
        assertEquals(CALLERS_SPAN, recorded.getParentSpanId());
        assertEquals("/api/v1/frameworks/ai-engineer", recorded.getAttributes().get(AttributeKey.stringKey("url.path")));
        assertEquals(503L, recorded.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertEquals(StatusCode.ERROR, recorded.getStatus().getStatusCode());
    }

    @Test
    void startsATraceWhenTheCallerSentNoneAndRecordsNothingUnsampled() {
        ExchangeTraces traces = tracesSampledBy(Sampler.parentBased(Sampler.alwaysOff()));

        Span span = traces.start("POST", "/api/v1/leveling-decisions", MultiMap.caseInsensitiveMultiMap(),
                "/api/v1/leveling-decisions");
        MultiMap upstream = MultiMap.caseInsensitiveMultiMap();
        traces.passOn(span, upstream);
        traces.end(span, 201);

        String trace = span.getSpanContext().getTraceId();
        assertTrue(span.getSpanContext().isValid());
        assertNotEquals(CALLERS_TRACE, trace);
        assertFalse(span.isRecording());
        assertEquals("00-" + trace + "-" + span.getSpanContext().getSpanId() + "-00", upstream.get("traceparent"));
        assertTrue(exported.getFinishedSpanItems().isEmpty());
    }
}
