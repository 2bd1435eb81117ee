package com.careerplatform.kit.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the request field a cross-field rule ({@code @AssertTrue boolean isWindowOrdered()}) is reported
 * on, so that {@code errors[].field} is a field the client sent ({@code submissionCloses}) and not the
 * rule's Java name ({@code windowOrdered}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportedOn {

    String value();
}
