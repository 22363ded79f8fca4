package com.partnerportal.web.support;

import com.partnerportal.core.evidence.PartnerId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Checks {@link PartnerIdentifier} with {@link PartnerId}, the one rule, and says it in {@link PartnerId#RULE}'s words. */
public class PartnerIdentifierValidator implements ConstraintValidator<PartnerIdentifier, String> {

    static final String MISSING = "enter the partner id, such as P-1001";

    private boolean required;

    @Override
    public void initialize(PartnerIdentifier annotation) {
        required = annotation.required();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String problem = problem(value, required);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{")).addConstraintViolation();
        return false;
    }

    /**
     * What is wrong with a partner id given in a form or a query string (null: nothing). The value is taken as forms
     * keep it ({@link Forms#blankToNull}: stripped), which is what is stored and looked up.
     */
    public static String problem(String value, boolean required) {
        String id = Forms.blankToNull(value);
        if (id == null) {
            return required ? MISSING : null;
        }
        return PartnerId.isValid(id) ? null : PartnerId.RULE;
    }

    /** Adds "{@code field}: rule" to {@code errors} when {@code value} is given and breaks the rule. */
    public static void check(String field, String value, List<String> errors) {
        String problem = problem(value, false);
        if (problem != null) {
            errors.add(field + ": " + problem);
        }
    }
}
