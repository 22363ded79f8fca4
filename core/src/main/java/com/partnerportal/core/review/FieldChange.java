package com.partnerportal.core.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One field of a submission that changed between two submissions (issue 12, point 3: the reviewer sees what changed
 * since the last submission): its name as the forms show it, the value before and the value now (null: empty).
 */
public record FieldChange(String field, String before, String now) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }

    /**
     * The fields whose values differ between two submissions' fields (field name → value as shown), in the order of
     * {@code before} and then of the fields only {@code now} has. Blank and missing values are the same (empty).
     */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> now) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = normal(before.get(field));
            String is = normal(now.get(field));
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    private static String normal(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
