package com.careerplatform.kit.request;

import java.util.UUID;
import java.util.regex.Pattern;

/** The X-Request-Id of a request: the caller's when it is a sane token, a fresh UUID otherwise. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The logging MDC key, which every service's log format prints. */
    public static final String MDC_KEY = "requestId";

    // Caller-supplied ids end up in every service's logs: refuse anything that could forge a log line.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    public static String accept(String offered) {
        return offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
