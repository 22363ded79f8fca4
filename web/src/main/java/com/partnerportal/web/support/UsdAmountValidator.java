package com.partnerportal.web.support;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link UsdAmount}; {@link #parse} reads a valid one. */
public class UsdAmountValidator implements ConstraintValidator<UsdAmount, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        try {
            BigDecimal amount = parse(value);
            return amount.signum() >= 0 && amount.compareTo(Limits.MAX_AMOUNT) <= 0
                    && amount.stripTrailingZeros().scale() <= 2;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The amount a valid field holds ("1,250.50" is 1250.50); null when blank. */
    public static BigDecimal parse(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(",", ""));
    }
}
