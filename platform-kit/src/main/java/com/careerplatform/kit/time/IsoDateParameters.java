package com.careerplatform.kit.time;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;

/** Date query and path parameters, as strict as dates in bodies ({@link IsoDates}). */
@Provider
public class IsoDateParameters implements ParamConverterProvider {

    private static final ParamConverter<LocalDate> CONVERTER = new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
            return value == null ? null : IsoDates.parse(value);
        }

        @Override
        public String toString(LocalDate value) {
            return value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == LocalDate.class ? (ParamConverter<T>) CONVERTER : null;
    }
}
