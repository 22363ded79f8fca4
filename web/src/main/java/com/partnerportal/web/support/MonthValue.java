package com.partnerportal.web.support;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A month written YYYY-MM within the portal's range ({@link AsOf#FIRST} … {@link AsOf#LAST}); blank is allowed. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MonthValueValidator.class)
public @interface MonthValue {

    /** Replaced by the validator's, which names the range. */
    String message() default "choose a month (YYYY-MM)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
