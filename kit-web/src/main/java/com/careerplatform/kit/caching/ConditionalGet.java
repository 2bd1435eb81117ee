package com.careerplatform.kit.caching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Answers a read a portal may cache: the body with its ETag and Cache-Control, or 304 when If-None-Match
 * names the ETag. If-None-Match compares weakly (RFC 9110 13.1.2), so {@code W/"x"} matches {@code "x"}
 * as a browser or proxy sends it back.
 */
public final class ConditionalGet {

    /** Reference data readers may keep a minute, each for themselves (answers depend on the caller's token). */
    public static final CacheControl A_MINUTE = aMinute();

    private ConditionalGet() {
    }

    public static <T> RestResponse<T> answer(String ifNoneMatch, String etag, T body) {
        EntityTag tag = new EntityTag(etag);
        if (matches(ifNoneMatch, etag)) {
            return RestResponse.ResponseBuilder.<T>notModified(tag).cacheControl(A_MINUTE).build();
        }
        return RestResponse.ResponseBuilder.ok(body).tag(tag).cacheControl(A_MINUTE).build();
    }

    /** As {@link #answer(String, String, Object)}, the ETag being a digest of the body as JSON: for data without revisions. */
    public static <T> RestResponse<T> answer(String ifNoneMatch, ObjectMapper mapper, T body) {
        return answer(ifNoneMatch, digest(mapper, body), body);
    }

    /** Whether {@code ifNoneMatch} (a list of entity tags, or {@code *}) names {@code etag}, compared weakly. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(etag));
    }

    private static String opaque(String tag) {
        String strong = tag.startsWith("W/") ? tag.substring(2) : tag;
        return strong.length() >= 2 && strong.startsWith("\"") && strong.endsWith("\"")
                ? strong.substring(1, strong.length() - 1) : strong;
    }

    private static String digest(ObjectMapper mapper, Object body) {
        try {
            byte[] json = mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest an answer", e);
        }
    }

    private static CacheControl aMinute() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(60);
        return cache;
    }
}
