package com.careerplatform.kit.problem;

import com.careerplatform.kit.time.IsoDates;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Makes request parsing strict on every service: an unknown field, a number where a string, an enum
 * name or a date belongs, a float for an integer, a date that is not {@code yyyy-MM-dd}, a decimal that is
 * not a decimal string ({@code "1500.00"}), or a text with a NUL character (PostgreSQL cannot store one)
 * is a 400 naming the field, never silently coerced or a failed write. Answers say exactly what the API
 * document says: decimals (money, percentages) as decimal strings, and no field whose value is null.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    /** A decimal string: up to 17 digits before the point and 10 after, as the API document's {@code Decimal}. */
    public static final String DECIMAL_PATTERN = "-?[0-9]{1,17}([.][0-9]{1,10})?";

    /** After Quarkus registers its modules: Jackson prefers the deserializers registered last. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // Not lenient: a date must be an ISO string, not a number of days since 1970.
        mapper.setDefaultLeniency(false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.registerModule(new SimpleModule("strict-values")
                .addDeserializer(String.class, new StorableText())
                .addDeserializer(LocalDate.class, new IsoDate())
                .addDeserializer(BigDecimal.class, new DecimalString()));
    }

    /** Text as PostgreSQL can store it: anything but the NUL character. */
    static final class StorableText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw context.weirdStringException(text, String.class, "contains the NUL character");
            }
            return text;
        }
    }

    /** A decimal as the API documents it: a string of digits with an optional sign and fraction. */
    static final class DecimalString extends JsonDeserializer<BigDecimal> {

        private static final Pattern DECIMAL = Pattern.compile(DECIMAL_PATTERN);

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            String text = parser.getText().strip();
            if (!DECIMAL.matcher(text).matches()) {
                throw context.weirdStringException(text, BigDecimal.class, "not a decimal string");
            }
            return new BigDecimal(text);
        }
    }

    /** A date as the API documents it ({@link IsoDates}); anything else names the field in a 400. */
    static final class IsoDate extends JsonDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            try {
                return IsoDates.parse(parser.getText());
            } catch (IllegalArgumentException e) {
                throw context.weirdStringException(parser.getText(), LocalDate.class, e.getMessage());
            }
        }
    }
}
