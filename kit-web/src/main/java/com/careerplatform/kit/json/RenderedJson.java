package com.careerplatform.kit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;

/**
 * A value written as JSON once and copied as it is wherever it is written again. A write that answers with a
 * view, audits it and stores it as its idempotent answer rendered the same view three times.
 */
@JsonSerialize(using = RenderedJson.Copier.class)
public record RenderedJson(String text) {

    public static RenderedJson of(ObjectMapper mapper, Object value) {
        try {
            return new RenderedJson(mapper.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static final class Copier extends JsonSerializer<RenderedJson> {

        @Override
        public void serialize(RenderedJson value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeRawValue(value.text());
        }
    }
}
