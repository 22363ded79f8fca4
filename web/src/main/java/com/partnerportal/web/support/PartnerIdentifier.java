package com.partnerportal.web.support;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A partner id field of a form: core's one rule ({@link com.partnerportal.core.evidence.PartnerId}), with its
 * message. Empty passes unless {@link #required()} ("enter the partner id, such as P-1001").
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartnerIdentifierValidator.class)
public @interface PartnerIdentifier {

    boolean required() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
