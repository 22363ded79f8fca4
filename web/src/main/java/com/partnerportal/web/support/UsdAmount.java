package com.partnerportal.web.support;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An amount in US dollars: digits with an optional thousands comma and at most two decimals, from 0 to {@link Limits#MAX_AMOUNT}; blank is allowed. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UsdAmountValidator.class)
public @interface UsdAmount {

    String message() default "an amount in USD, at least 0, with at most 2 decimals (e.g. 1250.50)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
