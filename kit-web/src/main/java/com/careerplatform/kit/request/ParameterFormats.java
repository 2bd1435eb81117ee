package com.careerplatform.kit.request;

import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.time.IsoDates;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Date and UUID path, query and header parameters, as strict as in bodies ({@link IsoDates}): a value of the
 * wrong format is a 400 naming the parameter ({@code asOf must be a date yyyy-MM-dd}), not a bare 404.
 */
@Provider
public class ParameterFormats implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Strict<>(name(annotations), "a date yyyy-MM-dd", IsoDates::parse);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Strict<>(name(annotations), "a UUID", UUID::fromString);
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }

    /** Reads a parameter with {@code parse}; any failure is the client's, named. */
    private record Strict<T>(String name, String shape, Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (RuntimeException e) {
                String message = "must be " + shape;
                throw new ProblemException(ProblemType.VALIDATION, "Parameter '" + name + "' " + message,
                        List.of(new FieldError(name, message)));
            }
        }

        @Override
        public String toString(T value) {
            return value.toString();
        }
    }
}
