package com.partnerportal.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a form record with Hibernate Validator (its fields carry {@link Text}, {@link OneOf}, {@code @Pattern}
 * …) and returns a message per field, in the order the fields are declared — what the page shows beside each
 * field when it re-renders with status 400.
 */
@ApplicationScoped
public class FormValidation {

    @Inject
    Validator validator;

    public Map<String, String> errors(Object form) {
        List<String> order = java.util.Arrays.stream(form.getClass().getFields()).map(Field::getName).toList();
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(form).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<Object> v) ->
                        order.indexOf(v.getPropertyPath().toString())))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }
}
