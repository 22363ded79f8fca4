package com.partnerportal.web.support;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Checks {@link OneOf}: the value names a constant of the enum; the message names every choice. */
public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private List<String> names;
    private boolean required;

    @Override
    public void initialize(OneOf annotation) {
        names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toList();
        required = annotation.required();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank() ? !required : names.contains(value.strip().toUpperCase(Locale.ROOT))) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("choose " + Forms.choices(names)).addConstraintViolation();
        return false;
    }
}
