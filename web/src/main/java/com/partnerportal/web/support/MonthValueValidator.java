package com.partnerportal.web.support;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.YearMonth;

/** Checks {@link MonthValue} with {@link AsOf}'s reading of a month and its range. */
public class MonthValueValidator implements ConstraintValidator<MonthValue, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        YearMonth month = AsOf.month(value.strip());
        if (month != null && AsOf.inRange(month)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("choose a month (YYYY-MM) from " + AsOf.FIRST + " to " + AsOf.LAST)
                .addConstraintViolation();
        return false;
    }
}
