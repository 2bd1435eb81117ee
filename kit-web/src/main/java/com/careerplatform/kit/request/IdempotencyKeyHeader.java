package com.careerplatform.kit.request;

/**
 * The header that makes a creating POST safe to retry. kit-data's {@code Idempotency} honours it; kit-web's
 * OpenAPI conventions declare what it answers.
 */
public final class IdempotencyKeyHeader {

    public static final String NAME = "Idempotency-Key";

    private IdempotencyKeyHeader() {
    }
}
