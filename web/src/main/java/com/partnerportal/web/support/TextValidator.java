package com.partnerportal.web.support;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Text}: blank when required, too long once stripped. */
public class TextValidator implements ConstraintValidator<Text, String> {

    private Text text;

    @Override
    public void initialize(Text annotation) {
        text = annotation;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            if (!text.required()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("enter " + text.what().replace("{", "\\{"))
                    .addConstraintViolation();
            return false;
        }
        return value.strip().length() <= text.max();
    }
}
