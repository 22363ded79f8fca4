package com.partnerportal.web.support;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a form: at most {@link #max()} characters once stripped, and — when {@link #required()} — not
 * blank ("enter " + {@link #what()}).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextValidator.class)
public @interface Text {

    int max();

    boolean required() default false;

    /** What to enter, for the message of a missing value: "the customer's tenant or customer id". */
    String what() default "a value";

    String message() default "at most {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
