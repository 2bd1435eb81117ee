package com.careerplatform.kit.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a rejected field is told, in the API document's words and never with a Java type name, for JSON
 * bodies and for rows read from CSV alike; and the request field a violated rule is reported on.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    /** Why a value could not be read into its field: "must be one of [...]", "must be a date yyyy-MM-dd", … */
    public static String unreadable(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList();
        }
        if (target == String.class && e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
                && text.indexOf('\u0000') >= 0) {
            return "must not contain the NUL character";
        }
        if (target != null && target.isPrimitive() && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Cannot map `null`")) {
            return "is required: " + describe(target);
        }
        return target == String.class ? "must be a string" : "must be " + describe(target);
    }

    /** The JSON path of the field a value could not be read into, as the client wrote it: {@code equity.split[2]}. */
    public static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** What a field of {@code target} type must be. */
    public static String describe(Class<?> target) {
        if (target == null) {
            return "the documented type";
        }
        if (target == BigDecimal.class) {
            return "a decimal string such as \"1500.00\"";
        }
        if (target == LocalDate.class) {
            return "a date yyyy-MM-dd";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (target == UUID.class) {
            return "a UUID";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        return target.isRecord() || Map.class.isAssignableFrom(target) ? "an object" : "the documented type";
    }

    /**
     * {@code field}, the violation's path as the client sees it, with a cross-field rule's Java name replaced by
     * the field it names with {@link ReportedOn}.
     */
    public static String reported(ConstraintViolation<?> violation, String field) {
        String reportedOn = reportedOn(violation);
        if (reportedOn == null) {
            return field;
        }
        int leaf = field.lastIndexOf('.');
        return leaf < 0 ? reportedOn : field.substring(0, leaf + 1) + reportedOn;
    }

    private static String reportedOn(ConstraintViolation<?> violation) {
        Path.Node leaf = null;
        for (Path.Node node : violation.getPropertyPath()) {
            leaf = node;
        }
        if (leaf == null || leaf.getKind() != ElementKind.PROPERTY || leaf.getName() == null || violation.getLeafBean() == null) {
            return null;
        }
        String getter = "is" + Character.toUpperCase(leaf.getName().charAt(0)) + leaf.getName().substring(1);
        try {
            ReportedOn field = violation.getLeafBean().getClass().getMethod(getter).getAnnotation(ReportedOn.class);
            return field == null ? null : field.value();
        } catch (NoSuchMethodException notARule) {
            return null;
        }
    }
}
